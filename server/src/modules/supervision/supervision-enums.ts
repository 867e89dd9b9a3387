import {
  FINDING_CATEGORIES,
  type FindingCategory,
  INSPECTION_ACTIONS,
  INSPECTION_KINDS,
  INSPECTION_STATES,
  type InspectionAction,
  type InspectionKind,
  type InspectionState,
  PUBLICATION_KINDS,
  type PublicationKind,
  RECTIFICATION_ACTIONS,
  RECTIFICATION_STATES,
  type RectificationAction,
  type RectificationState,
} from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const IMPOSED_KINDS = ['withholding', 'suspension', 'referral', 'recovery'] as const; // a rectification is its own workflow
export type ConsequenceKind = (typeof IMPOSED_KINDS)[number];

export const InspectionStateEnum = enumOf<InspectionState>(INSPECTION_STATES);
export const InspectionActionEnum = enumOf<InspectionAction>(INSPECTION_ACTIONS);
export const InspectionKindEnum = enumOf<InspectionKind>(INSPECTION_KINDS);
export const FindingCategoryEnum = enumOf<FindingCategory>(FINDING_CATEGORIES);
export const RectificationStateEnum = enumOf<RectificationState>(RECTIFICATION_STATES);
export const RectificationActionEnum = enumOf<RectificationAction>(RECTIFICATION_ACTIONS);
export const ConsequenceKindEnum = enumOf<ConsequenceKind>(IMPOSED_KINDS);
export const PublicationKindEnum = enumOf<PublicationKind>(PUBLICATION_KINDS);

registerEnumType(InspectionStateEnum, { name: 'InspectionState', description: '监督检查状态' });
registerEnumType(InspectionActionEnum, { name: 'InspectionAction', description: '监督检查操作' });
registerEnumType(InspectionKindEnum, { name: 'InspectionKind', description: '检查方式（秦皇岛细则第六十七条、第七十四条）' });
registerEnumType(FindingCategoryEnum, { name: 'FindingCategory', description: '问题类别' });
registerEnumType(RectificationStateEnum, { name: 'RectificationState', description: '整改状态' });
registerEnumType(RectificationActionEnum, { name: 'RectificationAction', description: '整改跟踪操作' });
registerEnumType(ConsequenceKindEnum, { name: 'ConsequenceKind', description: '处理方式（秦皇岛细则第六十八条）' });
registerEnumType(PublicationKindEnum, { name: 'PublicationKind', description: '公开信息类别（秦皇岛细则第七十三条）' });
