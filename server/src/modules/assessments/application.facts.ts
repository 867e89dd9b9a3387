import { type ApplicationFacts, type AssessmentParams, checkAssessmentAdmissibility, isIsoDate } from '@ltci/shared';
import type { Claimant } from '../claimants/claimant.entity.js';
import type { AssessmentApplication } from './application.entity.js';

/** The facts the server reads beyond the application and its claimant: the institution, the experts, the deadlines. */
export interface LifecycleFacts {
  institutionAgreementActive: boolean;
  sameInstitutionAsFirst: boolean;
  confirmingExperts: number;
  recordedGrade: number | null;
  publicityEndsOn: string | null;
  disputeWindowEndsOn: string | null;
  letterDueOn: string | null;
  gradeChangedFromFirst: boolean;
}

/**
 * What the workflow's guards read: the refusal grounds of Qinhuangdao art. 18 from the application
 * and the claimant's stored status (insured, waiting, in hospital); the draw, the on-site record
 * and the objection as recorded on the application; the rest (`LifecycleFacts`) as the service read it.
 */
export function applicationFacts(
  a: AssessmentApplication,
  c: Claimant,
  params: AssessmentParams,
  asOf: string,
  more: LifecycleFacts,
  lastConclusionDate: string | null = null,
): ApplicationFacts {
  const admissibility = checkAssessmentAdmissibility(
    {
      checkedOn: asOf,
      insured: !['notInsured', 'ended'].includes(c.eligibilityStatus),
      inWaitingPeriod: c.eligibilityStatus === 'waiting',
      disabilitySince: a.disabilitySince,
      conditionStable: a.conditionStable,
      inHospital: c.eligibilitySuspended.includes('hospital'),
      missingMaterials: a.missingMaterials,
      ...(a.supplementDueDate && isIsoDate(a.supplementDueDate) ? { supplementDueDate: a.supplementDueDate } : {}),
      materialsForged: a.materialsForged,
      disabilityFromWorkInjury: a.workInjury,
      // art. 18(4): a new or state-change application within 6 months of the last conclusion (a re-assessment or check is not one)
      ...(lastConclusionDate && (a.kind === 'initial' || a.kind === 'stateChange') ? { lastConclusionDate } : {}),
    },
    params,
  );
  const refusalGrounds = admissibility.ok ? admissibility.value.refusals.map((r) => r.ground) : admissibility.issues.map((i) => i.code);
  return {
    asOf,
    refusalGrounds,
    // materials overdue are a refusal ground already; still missing ones block acceptance
    missingMaterials: a.missingMaterials,
    drawnAssessors: a.drawnIds.length,
    drawnExperts: a.drawnExpertIds.length,
    onsiteRecorded: a.onsiteScores !== null && a.computedGrade !== null,
    guardianPresent: a.guardianPresent,
    computedGrade: a.computedGrade,
    objectionPending: a.objectionPending,
    ...more,
  };
}
