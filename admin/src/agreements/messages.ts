import { SERVICE_AGREEMENT_WORKFLOW, TERMINATION_KIND_LABELS, TERMINATION_KINDS, workflowLabels } from '@ltci/shared';

const labels = workflowLabels(SERVICE_AGREEMENT_WORKFLOW);
const kinds = (lang: 'zh' | 'en') => Object.fromEntries(TERMINATION_KINDS.map((k) => [k, TERMINATION_KIND_LABELS[k][lang]]));

/**
 * The service agreements' messages. The workflow's states, actions and issue codes are
 * `workflow.serviceAgreement.*` (admin/src/workflow/messages.ts, from the shared table).
 */
export const agreementMessagesEn = {
  enums: { AgreementState: labels.en.states, TerminationKind: kinds('en') },
  app: {
    menu: { agreements: 'Service agreements' },
    agreements: {
      general: 'Agreement',
      termination_kind: 'Termination kind',
      termination_date: 'Effective date',
      edit_only_draft: 'Only a draft can be edited; an agreement in force changes through its actions.',
      print: 'Print',
      assessment_fee_help: 'Assessment institutions only: the fee per assessment agreed with the agency, e.g. 180.00 (Xinjiang art. 22)',
      scorecard_link: 'Annual assessment result (Xinjiang art. 27)',
      scorecard_year: 'Signed-off scorecard %{year}',
      scorecard_none: 'No annual scorecard signed off yet',
      scorecard_fee_share: 'fees paid at %{share}',
      scorecard_renewal: {
        renew: 'Renewal: the score meets the region’s threshold',
        notRenew: 'Renewal: the score is below the region’s threshold',
        notSet: 'The region has set no score threshold for renewal or fees (Xinjiang art. 27 states the link only)',
      },
    },
  },
  resources: {
    ServiceAgreement: {
      name: 'Service agreement |||| Service agreements',
      page: {
        list: 'Service agreements',
        create: 'New service agreement',
        edit: 'Edit agreement %{recordRepresentation}',
        show: 'Agreement %{recordRepresentation}',
      },
      fields: {
        id: 'ID',
        q: 'Search by number',
        number: 'Agreement number',
        institutionId: 'Institution',
        regionId: 'Region',
        startDate: 'Start date',
        endDate: 'End date',
        assessmentFee: 'Agreed assessment fee (yuan)',
        endsBefore: 'Ends on or before',
        state: 'State',
        version: 'Version',
        terminationKind: 'Termination kind',
        terminationDate: 'Termination date',
        createdAt: 'Created at',
        updatedAt: 'Updated at',
      },
    },
  },
};

export const agreementMessagesZh: typeof agreementMessagesEn = {
  enums: { AgreementState: labels.zh.states, TerminationKind: kinds('zh') },
  app: {
    menu: { agreements: '服务协议' },
    agreements: {
      general: '协议信息',
      termination_kind: '解除类型',
      termination_date: '解除日期',
      edit_only_draft: '只有草稿可以修改；已生效的协议请经办理操作变更。',
      print: '打印',
      assessment_fee_help: '仅评估机构：与经办机构协商约定的每次评估费，如 180.00（新疆办法第二十二条）',
      scorecard_link: '年度考核结果（新疆细则第二十七条）',
      scorecard_year: '%{year}年度考核（已签发）',
      scorecard_none: '尚无签发锁定的年度考核',
      scorecard_fee_share: '服务费用按%{share}支付',
      scorecard_renewal: {
        renew: '协议续签：考核得分达到本统筹地区规定的分数线',
        notRenew: '协议续签：考核得分低于本统筹地区规定的分数线',
        notSet: '本统筹地区未设定考核结果与协议续签、费用支付挂钩的分数线（细则第二十七条仅规定挂钩）',
      },
    },
  },
  resources: {
    ServiceAgreement: {
      name: '服务协议 |||| 服务协议',
      page: {
        list: '服务协议',
        create: '起草服务协议',
        edit: '修改协议 %{recordRepresentation}',
        show: '服务协议 %{recordRepresentation}',
      },
      fields: {
        id: '编号',
        q: '按协议编号搜索',
        number: '协议编号',
        institutionId: '定点机构',
        regionId: '统筹地区',
        startDate: '起始日期',
        endDate: '终止日期',
        assessmentFee: '约定评估费（元/次）',
        endsBefore: '终止日期不晚于',
        state: '状态',
        version: '版本',
        terminationKind: '解除类型',
        terminationDate: '解除日期',
        createdAt: '创建时间',
        updatedAt: '更新时间',
      },
    },
  },
};
