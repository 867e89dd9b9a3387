import {
  AGREEMENT_ACTIONS,
  AGREEMENT_STATES,
  type AgreementAction,
  type AgreementState,
  TERMINATION_KINDS,
  type TerminationKind,
} from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

/** The states, actions and termination kinds of the shared table, published as GraphQL enums. */
export const AgreementStateEnum = enumOf<AgreementState>(AGREEMENT_STATES);
export const AgreementActionEnum = enumOf<AgreementAction>(AGREEMENT_ACTIONS);
export const TerminationKindEnum = enumOf<TerminationKind>(TERMINATION_KINDS);

registerEnumType(AgreementStateEnum, { name: 'AgreementState', description: '服务协议状态' });
registerEnumType(AgreementActionEnum, { name: 'AgreementAction', description: '服务协议操作' });
registerEnumType(TerminationKindEnum, { name: 'TerminationKind', description: '协议解除类型（新疆办法第十二条）' });
