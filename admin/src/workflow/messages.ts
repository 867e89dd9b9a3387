import { WORKFLOWS, workflowLabels } from '@ltci/shared';

const labels = (lang: 'zh' | 'en') => Object.fromEntries(WORKFLOWS.map((w) => [w.id, workflowLabels(w)[lang]]));

/**
 * The workflow pieces' wording (`app.workflow.*`) and every shipped table's states, actions and
 * issue codes (`workflow.<id>.*`, from the shared table, so they cannot drift from the server).
 */
export const workflowMessagesEn = {
  workflow: labels('en'),
  app: {
    workflow: {
      actions: 'Actions',
      no_actions: 'No action is open to you in this state',
      timeline: 'History',
      timeline_empty: 'No step taken yet',
      by: 'by %{name}',
      reason: 'Reason',
      reason_required: 'A reason is required for this action',
      reason_optional: 'Remark (optional)',
      confirm: 'Confirm',
      dialog_title: '%{action}: %{title}',
      citation: 'Grounds',
      done: 'Done: %{action}',
      stale: 'Someone else changed this record after you opened it. Refresh to see its current state, then try again.',
      refresh: 'Refresh',
    },
  },
};

export const workflowMessagesZh: typeof workflowMessagesEn = {
  workflow: labels('zh'),
  app: {
    workflow: {
      actions: '办理',
      no_actions: '当前状态下您没有可办理的操作',
      timeline: '办理记录',
      timeline_empty: '尚无办理记录',
      by: '经办人：%{name}',
      reason: '理由',
      reason_required: '此操作须填写理由',
      reason_optional: '备注（选填）',
      confirm: '确定',
      dialog_title: '%{action}：%{title}',
      citation: '依据',
      done: '已办理：%{action}',
      stale: '您打开此记录后，他人已办理或修改了它。请刷新查看最新状态后再操作。',
      refresh: '刷新',
    },
  },
};
