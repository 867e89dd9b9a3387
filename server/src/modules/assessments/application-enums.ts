import { APPLICATION_ACTIONS, APPLICATION_STATES, type ApplicationAction, type ApplicationState } from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ApplicationStateEnum = enumOf<ApplicationState>(APPLICATION_STATES);
export const ApplicationActionEnum = enumOf<ApplicationAction>(APPLICATION_ACTIONS);
export const AssessmentKindEnum = enumOf(['initial', 'dispute', 'objection', 'stateChange', 'spotCheck', 'endOfTerm'] as const);

registerEnumType(ApplicationStateEnum, { name: 'AssessmentApplicationState', description: '评估申请状态' });
registerEnumType(ApplicationActionEnum, { name: 'AssessmentApplicationAction', description: '评估申请操作' });
registerEnumType(AssessmentKindEnum, { name: 'AssessmentKind', description: '评估类型：初次、复评、异议复评、状态变化、抽审、期末' });
