import { POLICY_CHANGE_ACTIONS, POLICY_CHANGE_STATES, type PolicyChangeAction, type PolicyChangeState } from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const PolicyChangeStateEnum = enumOf<PolicyChangeState>(POLICY_CHANGE_STATES);
export const PolicyChangeActionEnum = enumOf<PolicyChangeAction>(POLICY_CHANGE_ACTIONS);

registerEnumType(PolicyChangeStateEnum, { name: 'PolicyChangeState', description: '政策参数变更状态' });
registerEnumType(PolicyChangeActionEnum, { name: 'PolicyChangeAction', description: '政策参数变更操作' });
