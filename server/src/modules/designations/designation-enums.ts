import {
  DESIGNATION_ACTIONS,
  DESIGNATION_STATES,
  type DesignationAction,
  type DesignationState,
  FINDING_KINDS,
  type FindingKind,
  PANEL_FIELDS,
  type PanelField,
} from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const DesignationStateEnum = enumOf<DesignationState>(DESIGNATION_STATES);
export const DesignationActionEnum = enumOf<DesignationAction>(DESIGNATION_ACTIONS);
export const PanelFieldEnum = enumOf<PanelField>(PANEL_FIELDS);
export const FindingKindEnum = enumOf<FindingKind>(FINDING_KINDS);

registerEnumType(DesignationStateEnum, { name: 'DesignationState', description: '定点申请办理状态（新疆办法第八至十二条）' });
registerEnumType(DesignationActionEnum, { name: 'DesignationAction', description: '定点申请办理操作' });
registerEnumType(PanelFieldEnum, { name: 'PanelField', description: '审核小组成员所在领域（新疆办法第九条）' });
registerEnumType(FindingKindEnum, { name: 'FindingKind', description: '机构违规记录类别（新疆办法第十二条、第二十一条）' });
