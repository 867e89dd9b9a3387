import { DECLARATION_STATES, FLAG_DECISIONS, SMART_AUDIT_RULES } from '@ltci/shared';
import { enumChoices } from '../domain';

export const declarationStateChoices = enumChoices(DECLARATION_STATES, 'workflow.serviceDeclaration.states');
export const flagDecisionChoices = enumChoices(FLAG_DECISIONS, 'enums.FlagDecision');
export const auditRuleChoices = enumChoices(SMART_AUDIT_RULES, 'app.errors.issue');
export const severityChoices = enumChoices(['blocking', 'warning'] as const, 'enums.AuditSeverity');
