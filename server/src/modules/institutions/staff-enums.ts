import { ASSESSOR_REMOVAL_GROUND_IDS, RELATED_PERSON_ROLES } from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AssessorRemovalGroundEnum = asEnum(ASSESSOR_REMOVAL_GROUND_IDS);
registerEnumType(AssessorRemovalGroundEnum, {
  name: 'AssessorRemovalGround',
  description: '移出评估人员库的情形（新疆细则第十六条第二款第一至五项）',
});

export const RelatedPersonRoleEnum = asEnum(RELATED_PERSON_ROLES);
registerEnumType(RelatedPersonRoleEnum, {
  name: 'RelatedPersonRole',
  description: '关联人员身份：法定代表人、主要负责人、实际控制人、股东',
});
