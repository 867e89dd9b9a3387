export { actionCitation, blockCitation, issuePrefixes, type WorkflowTable } from './citations';
export { TransitionDialog } from './TransitionDialog';
export { transitionDocument, transitionRecord } from './transition';
export type * from './types';
export { WorkflowActions, type WorkflowActionsProps } from './WorkflowActions';
export { WorkflowTimeline, type WorkflowTimelineProps } from './WorkflowTimeline';
