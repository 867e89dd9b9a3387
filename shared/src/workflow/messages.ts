import type { Label } from '../rights/roles.js';

/** The kernel's own issue codes, labelled for the dashboard (`workflow.issues.<code>`); guards bring their own. */
export const WORKFLOW_ISSUE_LABELS = {
  TRANSITION_NOT_ALLOWED: { zh: '当前状态不能办理此操作', en: 'This action is not allowed in the current state' },
  ROLE_NOT_ALLOWED: { zh: '您的角色不能办理此操作', en: 'Your role may not take this action' },
  SAME_PERSON: { zh: '此操作须由另一人办理（经办与审批分离）', en: 'A second person must take this action (four-eyes)' },
  REASON_REQUIRED: { zh: '此操作须填写理由', en: 'This action needs a reason' },
  PREPARER_UNKNOWN: { zh: '无法确认经办人', en: 'The preparer is not known' },
  HISTORY_MISSING: { zh: '办理记录缺少前一步', en: 'The history lacks the step this action depends on' },
} as const satisfies Record<string, Label>;
