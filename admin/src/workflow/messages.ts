/** The words every workflow page shares (its own states, actions and issues come from its shared table). */
export const workflowMessagesEn = {
  app: {
    workflow: {
      actions: 'Actions',
      no_actions: 'No action is open to you in this state',
      timeline: 'History',
      timeline_empty: 'No step taken yet',
      reason: 'Reason',
      reason_optional: 'Remark (optional)',
      confirm: 'Confirm',
      done: 'Done: %{action}',
      stale: 'Someone else changed this record after you opened it. Refresh, then try again.',
    },
  },
};

export const workflowMessagesZh: typeof workflowMessagesEn = {
  app: {
    workflow: {
      actions: '办理',
      no_actions: '当前状态下您没有可办理的操作',
      timeline: '办理记录',
      timeline_empty: '尚无办理记录',
      reason: '理由',
      reason_optional: '备注（选填）',
      confirm: '确定',
      done: '已办理：%{action}',
      stale: '您打开此记录后，他人已办理或修改了它。请刷新后再操作。',
    },
  },
};
