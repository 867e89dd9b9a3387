import {
  DECLARATION_ACTIONS,
  DECLARATION_STATES,
  type DeclarationAction,
  type DeclarationState,
  FLAG_DECISIONS,
  type FlagDecision,
} from '@ltci/shared';
import { registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const DeclarationStateEnum = enumOf<DeclarationState>(DECLARATION_STATES);
export const DeclarationActionEnum = enumOf<DeclarationAction>(DECLARATION_ACTIONS);
export const FlagDecisionEnum = enumOf<FlagDecision>(FLAG_DECISIONS);
export const DeclaredRecordKindEnum = enumOf(['homeVisit', 'careDays'] as const);
export const AuditSeverityEnum = enumOf(['blocking', 'warning'] as const);
export const InspectionResultEnum = enumOf(['confirmed', 'discrepancy'] as const);

registerEnumType(DeclarationStateEnum, { name: 'DeclarationState', description: '服务申报状态' });
registerEnumType(DeclarationActionEnum, { name: 'DeclarationAction', description: '服务申报操作' });
registerEnumType(FlagDecisionEnum, { name: 'FlagDecision', description: '审核决定：支付、核减、拒付（秦皇岛细则第五十七条）' });
registerEnumType(DeclaredRecordKindEnum, { name: 'DeclaredRecordKind', description: '申报记录类别：上门服务、护理天数' });
registerEnumType(AuditSeverityEnum, { name: 'AuditSeverity', description: '标记级别：阻断支付、提示' });
registerEnumType(InspectionResultEnum, { name: 'InspectionResult', description: '稽核结果：属实、不符' });
