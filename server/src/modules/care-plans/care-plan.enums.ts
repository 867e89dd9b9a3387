import { CARE_MODES, CARE_PLAN_ACTIONS, CARE_PLAN_STATES } from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CarePlanStateEnum = enumOf(CARE_PLAN_STATES);
export const CarePlanActionEnum = enumOf(CARE_PLAN_ACTIONS);
export const CareModeEnum = enumOf(CARE_MODES);

registerEnumType(CarePlanStateEnum, { name: 'CarePlanState', description: '护理计划状态' });
registerEnumType(CarePlanActionEnum, { name: 'CarePlanAction', description: '护理计划操作' });
registerEnumType(CareModeEnum, { name: 'CareMode', description: '护理方式' });
