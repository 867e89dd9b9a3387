import {
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_CHANNELS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_KINDS,
  COMPLAINT_WORKFLOW,
  workflowLabels,
} from '@ltci/shared';

const labels = workflowLabels(COMPLAINT_WORKFLOW);
const pick = <K extends string>(keys: readonly K[], table: Record<K, { zh: string; en: string }>, lang: 'zh' | 'en') =>
  Object.fromEntries(keys.map((k) => [k, table[k][lang]]));

export const complaintMessagesEn = {
  workflow: { complaint: labels.en },
  enums: {
    ComplaintChannel: pick(COMPLAINT_CHANNELS, COMPLAINT_CHANNEL_LABELS, 'en'),
    ComplaintKind: pick(COMPLAINT_KINDS, COMPLAINT_KIND_LABELS, 'en'),
  },
  app: {
    menu: { complaints: 'Complaints' },
    complaints: { became_event: 'Verified: recorded on the institution’s annual scorecard (Changzhou item 6).' },
  },
  resources: {
    Complaint: {
      name: 'Complaint |||| Complaints',
      fields: {
        institutionId: 'Institution',
        regionId: 'Region',
        state: 'State',
        channel: 'Channel',
        kind: 'Subject',
        receivedOn: 'Received on',
        complainant: 'Complainant',
        content: 'Content',
        investigation: 'Investigation',
        result: 'Result and reasons',
      },
    },
  },
};

export const complaintMessagesZh: typeof complaintMessagesEn = {
  workflow: { complaint: labels.zh },
  enums: {
    ComplaintChannel: pick(COMPLAINT_CHANNELS, COMPLAINT_CHANNEL_LABELS, 'zh'),
    ComplaintKind: pick(COMPLAINT_KINDS, COMPLAINT_KIND_LABELS, 'zh'),
  },
  app: {
    menu: { complaints: '投诉举报' },
    complaints: { became_event: '已查实：已计入该机构年度考核评分表（常州评分标准第六项）。' },
  },
  resources: {
    Complaint: {
      name: '投诉举报 |||| 投诉举报',
      fields: {
        institutionId: '被投诉机构',
        regionId: '统筹地区',
        state: '办理状态',
        channel: '投诉渠道',
        kind: '投诉事项',
        receivedOn: '受理日期',
        complainant: '投诉人',
        content: '投诉内容',
        investigation: '调查情况',
        result: '处理结果及理由',
      },
    },
  },
};
