import {
  CONTRIBUTION_CATEGORIES,
  CONTRIBUTION_STATUSES,
  type ContributionCategory,
  type ContributionStatus,
  ELIGIBILITY_STATUSES,
  type EligibilityStatus,
  HARDSHIP_GROUPS,
  type HardshipGroup,
} from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const InsuredCategoryEnum = enumOf<ContributionCategory>(CONTRIBUTION_CATEGORIES);
export const HardshipGroupEnum = enumOf<HardshipGroup>(HARDSHIP_GROUPS);
export const EligibilityStatusEnum = enumOf<EligibilityStatus>(ELIGIBILITY_STATUSES);
export const ContributionStatusEnum = enumOf<ContributionStatus>(CONTRIBUTION_STATUSES);
export const SexEnum = enumOf(['male', 'female'] as const);
export const RevealFieldEnum = enumOf(['idNumber', 'phone'] as const);
export type RevealField = keyof typeof RevealFieldEnum;

registerEnumType(InsuredCategoryEnum, { name: 'InsuredCategory', description: '参保类别（秦皇岛细则第十条，图木舒克办法第四条）' });
registerEnumType(HardshipGroupEnum, { name: 'HardshipGroup', description: '资助参保的困难群体（秦皇岛细则第十二条）' });
registerEnumType(EligibilityStatusEnum, {
  name: 'EligibilityStatus',
  description: '待遇资格状态：未参保、等待期、暂停、正常、终止、无法确定',
});
registerEnumType(ContributionStatusEnum, { name: 'ContributionStatus', description: '缴费状态：到账、欠费、补缴到账' });
registerEnumType(SexEnum, { name: 'Sex', description: '性别（由身份证号码第17位得出）' });
registerEnumType(RevealFieldEnum, { name: 'RevealField', description: '可查看完整值的敏感字段' });
