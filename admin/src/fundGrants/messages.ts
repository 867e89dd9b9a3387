import { FUND_GRANT_KINDS, POSTING_KIND_RULES } from '@ltci/shared';

const kinds = (lang: 'zh' | 'en') => Object.fromEntries(FUND_GRANT_KINDS.map((k) => [k, POSTING_KIND_RULES[k].label[lang]]));

/** Subsidies and donations (issue 12); states and actions come from the shared workflow table. */
export const fundGrantMessagesEn = {
  enums: { FundGrantKind: kinds('en') },
  rules: { ledger: { grant: { kind: 'Income kind and where it goes', document: 'Source and approving document' } } },
  app: {
    menu: { fundGrants: 'Subsidies and donations' },
    fundGrants: {
      amount_help: 'In yuan, at most two decimals, e.g. 1250000.00',
      attach_first: 'Attach the grant notice or donation agreement below; a second fund manager then approves and posts it.',
      reversed: 'Its posting was reversed in the ledger (a reversal with its reason, approved by a second person).',
    },
  },
  resources: {
    FundGrant: {
      name: 'Subsidy or donation |||| Subsidies and donations',
      fields: {
        regionId: 'Region',
        kind: 'Kind',
        state: 'State',
        date: 'Date received',
        amount: 'Amount (yuan)',
        source: 'Source (granting body or donor)',
        documentRef: 'Document reference',
        accountId: 'Account',
        memo: 'Memo',
        postingId: 'Posting',
        documents: 'Documents',
        reversedBy: 'Reversed by',
      },
    },
  },
};

export const fundGrantMessagesZh: typeof fundGrantMessagesEn = {
  enums: { FundGrantKind: kinds('zh') },
  rules: { ledger: { grant: { kind: '收入类别及入账账户', document: '资金来源与批准文件' } } },
  app: {
    menu: { fundGrants: '财政补助与社会捐助' },
    fundGrants: {
      amount_help: '单位：元，最多两位小数，如 1250000.00',
      attach_first: '请在下方上传拨款文件或捐赠协议，再由另一名基金管理人员复核入账。',
      reversed: '该笔入账已在基金账簿中冲正（附理由，经另一人批准）。',
    },
  },
  resources: {
    FundGrant: {
      name: '财政补助与社会捐助',
      fields: {
        regionId: '统筹地区',
        kind: '类别',
        state: '状态',
        date: '到账日期',
        amount: '金额（元）',
        source: '资金来源（拨款单位或捐赠人）',
        documentRef: '文件文号',
        accountId: '入账账户',
        memo: '备注',
        postingId: '记账凭证',
        documents: '批准文件',
        reversedBy: '冲正记账',
      },
    },
  },
};
