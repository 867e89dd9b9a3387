/**
 * Errors by their stable codes (`extensions.issues[].code`, `extensions.reason`, `extensions.code`),
 * so that the English dashboard does not show the server's Chinese text. Parameters: `%{field}` is
 * the issue's path; the rest are the issue's own `params`.
 */
export const errorMessagesEn = {
  app: {
    errors: {
      issue: {
        REQUIRED: 'Required',
        OUT_OF_RANGE: 'Out of the allowed range',
        INVALID_DATE: 'Must be a date YYYY-MM-DD',
        NOT_ALLOWED: 'Not an allowed value',
        INVALID_MONEY: 'Must be an amount with at most two decimals',
        PARAMETER_MISSING: 'The region’s policy does not state this parameter',
        INVALID_PARAMETER: 'Invalid policy parameter',
        INVALID_CREDIT_CODE: 'Not a valid unified social credit code (18 characters, region code, check character)',
        STALE_VERSION: 'Someone else changed this record (version %{actual}, you saw %{expected}): refresh and try again',
      },
      reason: {
        STALE_VERSION: 'Someone else changed this record after you opened it: refresh and try again',
        SAME_PERSON: 'A second person must take this action (four-eyes)',
        ROLE_NOT_ALLOWED: 'Your role may not take this action',
        TRANSITION_NOT_ALLOWED: 'This action is not allowed in the current state',
        REASON_REQUIRED: 'This action needs a reason',
        NOT_A_DRAFT: 'Only a draft can be edited; an agreement in force changes through its actions',
        DUPLICATE_NUMBER: 'An agreement with this number already exists in the region',
      },
      code: {
        BAD_USER_INPUT: 'Please check the marked fields',
        UNAUTHENTICATED: 'Please sign in',
        FORBIDDEN: 'You may not do this',
        NOT_FOUND: 'Not found',
        CONFLICT: 'The record changed or conflicts with another: refresh and try again',
        TOO_MANY_ATTEMPTS: 'Too many attempts: try again later',
        SERVICE_UNAVAILABLE: 'The service is busy: try again shortly',
        PAYLOAD_TOO_LARGE: 'The request is too large',
        INTERNAL_SERVER_ERROR: 'The server failed to answer',
      },
    },
  },
};

export const errorMessagesZh: typeof errorMessagesEn = {
  app: {
    errors: {
      issue: {
        REQUIRED: '必填',
        OUT_OF_RANGE: '超出允许的范围',
        INVALID_DATE: '日期格式应为 YYYY-MM-DD',
        NOT_ALLOWED: '不是允许的取值',
        INVALID_MONEY: '金额最多两位小数',
        PARAMETER_MISSING: '该统筹地区的政策未规定此参数',
        INVALID_PARAMETER: '政策参数有误',
        INVALID_CREDIT_CODE: '统一社会信用代码有误（18位，含行政区划代码与校验位）',
        STALE_VERSION: '该记录已被他人修改（当前版本 %{actual}，您看到的是 %{expected}），请刷新后重试',
      },
      reason: {
        STALE_VERSION: '您打开后该记录已被他人修改，请刷新后重试',
        SAME_PERSON: '此操作须由另一人办理（经办与审批分离）',
        ROLE_NOT_ALLOWED: '您的角色不能办理此操作',
        TRANSITION_NOT_ALLOWED: '当前状态不能办理此操作',
        REASON_REQUIRED: '此操作须填写理由',
        NOT_A_DRAFT: '只有草稿可以修改；已生效的协议请经办理操作变更',
        DUPLICATE_NUMBER: '该统筹地区已有相同编号的协议',
      },
      code: {
        BAD_USER_INPUT: '输入有误，请检查标出的字段',
        UNAUTHENTICATED: '请先登录',
        FORBIDDEN: '无权执行此操作',
        NOT_FOUND: '未找到',
        CONFLICT: '记录已变更或与其他记录冲突，请刷新后重试',
        TOO_MANY_ATTEMPTS: '尝试次数过多，请稍后再试',
        SERVICE_UNAVAILABLE: '服务繁忙，请稍后重试',
        PAYLOAD_TOO_LARGE: '请求内容过大',
        INTERNAL_SERVER_ERROR: '服务器未能响应',
      },
    },
  },
};
