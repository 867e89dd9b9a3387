export {
  CARE_MODE_LABELS,
  CARE_PLAN_ACTIONS,
  CARE_PLAN_STATES,
  CARE_PLAN_WORKFLOW,
  CARE_SERVICE_ITEM_CITATION,
  CARE_SERVICE_ITEMS,
  type CarePlanAction,
  type CarePlanDraft,
  type CarePlanFacts,
  type CarePlanState,
  carePlanIssues,
} from './care-plan.js';
