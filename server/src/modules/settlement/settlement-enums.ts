import {
  SETTLEMENT_KINDS,
  SETTLEMENT_RUN_ACTIONS,
  SETTLEMENT_RUN_STATES,
  type SettlementKind,
  type SettlementRunAction,
  type SettlementRunState,
} from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const SettlementRunStateEnum = enumOf<SettlementRunState>(SETTLEMENT_RUN_STATES);
export const SettlementRunActionEnum = enumOf<SettlementRunAction>(SETTLEMENT_RUN_ACTIONS);
export const SettlementKindEnum = enumOf<SettlementKind>(SETTLEMENT_KINDS);

registerEnumType(SettlementRunStateEnum, { name: 'SettlementRunState', description: '月度结算状态' });
registerEnumType(SettlementRunActionEnum, { name: 'SettlementRunAction', description: '月度结算操作' });
registerEnumType(SettlementKindEnum, {
  name: 'SettlementKind',
  description: '结算种类：护理服务费用（第五十五条）或评估费用（第五十四条）',
});
