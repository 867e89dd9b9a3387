import {
  ACCOUNT_KINDS,
  FUND_GRANT_ACTIONS,
  FUND_GRANT_KINDS,
  FUND_GRANT_STATES,
  POSTING_KINDS,
  REVERSAL_ACTIONS,
  REVERSAL_STATES,
} from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const FundAccountKindEnum = asEnum(ACCOUNT_KINDS);
registerEnumType(FundAccountKindEnum, { name: 'FundAccountKind', description: '基金账户类别（秦皇岛细则第五十条）' });

export const PostingKindEnum = asEnum(POSTING_KINDS);
registerEnumType(PostingKindEnum, { name: 'FundPostingKind', description: '记账类别' });

export const PostingSideEnum = asEnum(['debit', 'credit'] as const);
registerEnumType(PostingSideEnum, { name: 'FundPostingSide', description: '借方（转入）或贷方（转出）' });

export const ReversalStateEnum = asEnum(REVERSAL_STATES);
registerEnumType(ReversalStateEnum, { name: 'FundReversalState', description: '冲正申请状态' });

export const ReversalActionEnum = asEnum(REVERSAL_ACTIONS);
registerEnumType(ReversalActionEnum, { name: 'FundReversalAction', description: '冲正审批操作' });

export const WarningStateEnum = asEnum(['open', 'acknowledged', 'resolved'] as const);
registerEnumType(WarningStateEnum, { name: 'FundWarningState', description: '预警状态' });

export const FundGrantKindEnum = asEnum(FUND_GRANT_KINDS);
registerEnumType(FundGrantKindEnum, { name: 'FundGrantKind', description: '财政补助或社会捐助（秦皇岛细则第五十一条）' });

export const FundGrantStateEnum = asEnum(FUND_GRANT_STATES);
registerEnumType(FundGrantStateEnum, { name: 'FundGrantState', description: '补助捐助入账状态' });

export const FundGrantActionEnum = asEnum(FUND_GRANT_ACTIONS);
registerEnumType(FundGrantActionEnum, { name: 'FundGrantAction', description: '补助捐助复核操作' });
