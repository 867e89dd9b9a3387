export { allowedActions, decideTransition, REASON_MAX_LENGTH, type WorkflowResult } from './kernel.js';
export { WORKFLOW_ISSUE_LABELS } from './messages.js';
export { WORKFLOWS } from './registry.js';
export type * from './types.js';
export { workflowLabels, workflowTableIssues } from './validate-workflow.js';
