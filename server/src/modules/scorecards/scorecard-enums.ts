import { ANNUAL_SCORECARD_ACTIONS, ANNUAL_SCORECARD_STATES, type AnnualScorecardAction, type AnnualScorecardState } from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/** The shared sign-off table's states and actions, published as GraphQL enums. */
export const AnnualScorecardStateEnum = enumOf<AnnualScorecardState>(ANNUAL_SCORECARD_STATES);
export const AnnualScorecardActionEnum = enumOf<AnnualScorecardAction>(ANNUAL_SCORECARD_ACTIONS);

registerEnumType(AnnualScorecardStateEnum, { name: 'AnnualScorecardState', description: '年度考核评分表状态' });
registerEnumType(AnnualScorecardActionEnum, { name: 'AnnualScorecardAction', description: '年度考核评分表操作' });
