export const todoMessagesEn = {
  app: {
    todo: {
      title: 'To do',
      empty: 'Nothing due',
      due: 'Due',
      days_left: '%{smart_count} day left |||| %{smart_count} days left',
      overdue: '%{smart_count} day overdue |||| %{smart_count} days overdue',
    },
  },
};

export const todoMessagesZh: typeof todoMessagesEn = {
  app: {
    todo: {
      title: '待办事项',
      empty: '暂无待办',
      due: '截止',
      days_left: '剩 %{smart_count} 天 |||| 剩 %{smart_count} 天',
      overdue: '逾期 %{smart_count} 天 |||| 逾期 %{smart_count} 天',
    },
  },
};
