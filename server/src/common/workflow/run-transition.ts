import {
  type AuditEntityType,
  allowedActions,
  decideTransition,
  type HistoryStep,
  type TransitionDecision,
  type Workflow,
  type WorkflowIssue,
} from '@ltci/shared';
import type { GraphQLError } from 'graphql';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { recordAudit } from '../../modules/audit/audit.service.js';
import type { Caller } from '../context.js';
import { BadUserInputError, ConflictError, ForbiddenError } from '../errors.js';
import type { Scope } from '../scope.js';
import { refuseStaleVersion } from './stale-version.js';
import type { AllowedAction } from './workflow.types.js';
import { WorkflowStep } from './workflow-step.entity.js';

/** What every workflow record carries: its state is never an editable field, its version guards against lost updates. */
export interface WorkflowRecord extends ObjectLiteral {
  id: string;
  state: string;
  version: number;
  preparedBy: string | null;
  regionId: string;
}

export interface TransitionArgsShape {
  id: string;
  action: string;
  expectedVersion: number;
  reason?: string | null;
  input?: Record<string, unknown> | null;
}

export interface TransitionSpec<E extends WorkflowRecord, S extends string, A extends string, F> {
  workflow: Workflow<S, A, F>;
  entity: EntityTarget<E>;
  /** The audit trail's entity type, e.g. `ServiceAgreement`. */
  entityType: AuditEntityType;
  /** The plain facts the table's guards read, loaded in this transaction (`args`: the step asked for, when its input decides a fact). */
  facts(row: E, scope: Scope, args?: TransitionArgsShape): Promise<F>;
  /** What a decided step changes besides the state (e.g. a termination's kind and date). */
  apply?(row: E, decision: TransitionDecision<S, A>, history: readonly HistoryStep[]): Partial<E>;
  /** Work that follows from the step in the same transaction (e.g. the institution's derived status). */
  after?(row: E, scope: Scope): Promise<void>;
}

/**
 * Take one step of a workflow: lock the row, refuse a stale version, let the shared kernel decide,
 * then write the state, an insert-only history row with the kernel's trace, and the audit row —
 * all in the caller's transaction (`scope`).
 */
export async function runTransition<E extends WorkflowRecord, S extends string, A extends string, F>(
  scope: Scope,
  spec: TransitionSpec<E, S, A, F>,
  args: TransitionArgsShape,
): Promise<E> {
  const row = await scope.one(spec.entity, args.id, { lock: true });
  refuseStaleVersion(row, args.expectedVersion);
  const history = await historyOf(scope, spec.workflow.id, row.id);
  const decided = decideTransition(spec.workflow, {
    ...contextFor(scope.caller, row, history, await spec.facts(row, scope, args)),
    action: args.action,
    reason: args.reason,
    input: args.input ?? undefined,
  });
  if (!decided.ok) throw refusal(decided.issues);
  const decision = decided.value;
  const changes = { ...spec.apply?.(row, decision, history), state: decision.to, version: row.version + 1 } as unknown as Partial<E>;
  await scope.em.update(spec.entity, { id: row.id } as never, changes as never);
  const after = { ...row, ...changes } as E;
  await scope.em.insert(WorkflowStep, {
    workflow: spec.workflow.id,
    recordId: row.id,
    action: decision.action,
    fromState: decision.from,
    toState: decision.to,
    actorId: scope.caller.id,
    actorName: scope.caller.username,
    reason: decision.reason,
    input: decision.input,
    trace: decided.trace,
  } as never);
  await spec.after?.(after, scope);
  await recordAudit(scope.em, scope.caller, {
    operation: 'transition',
    entityType: spec.entityType,
    entityId: row.id,
    regionId: row.regionId,
    before: row,
    after: { ...after, action: decision.action, reason: decision.reason },
  });
  return after;
}

/** The actions the caller could take on the record now, labelled, each enabled or with what blocks it. */
export function actionsFor<S extends string, A extends string, F>(
  workflow: Workflow<S, A, F>,
  caller: Caller,
  row: WorkflowRecord,
  history: readonly HistoryStep[],
  facts: F,
): AllowedAction[] {
  return allowedActions(workflow, contextFor(caller, row, history, facts)).map((a) => ({
    action: a.action,
    label: a.label.zh,
    labelEn: a.label.en,
    enabled: a.enabled,
    blockedBy: a.blockedBy,
    to: a.to,
    needsReason: a.needsReason,
    needsInput: a.needsInput,
  }));
}

export function toHistorySteps(rows: readonly WorkflowStep[]): HistoryStep[] {
  return rows.map((r) => ({ action: r.action, from: r.fromState, to: r.toState, actorId: r.actorId }));
}

async function historyOf(scope: Scope, workflow: string, recordId: string): Promise<HistoryStep[]> {
  return toHistorySteps(await scope.em.find(WorkflowStep, { where: { workflow, recordId }, order: { id: 'ASC' } }));
}

function contextFor<F>(caller: Caller, row: WorkflowRecord, history: readonly HistoryStep[], facts: F) {
  return { state: row.state, actor: { id: caller.id, roles: caller.roles }, preparedBy: row.preparedBy, history, facts };
}

/** The kernel's refusal as a stable code, with the first issue's code as `reason` and every issue for the dashboard to translate. */
function refusal(issues: WorkflowIssue[]): GraphQLError {
  const codes = issues.map((i) => i.code);
  const details = { reason: codes[0], issues: issues.map(({ code, path, params, citation }) => ({ code, path, params, citation })) };
  const message = issues.map((i) => i.message).join('；');
  if (codes.includes('ROLE_NOT_ALLOWED') || codes.includes('SAME_PERSON'))
    return new ForbiddenError(message, { ...details, reason: codes.includes('SAME_PERSON') ? 'SAME_PERSON' : 'ROLE_NOT_ALLOWED' });
  if (codes.includes('TRANSITION_NOT_ALLOWED'))
    return new ConflictError(message, undefined, { ...details, reason: 'TRANSITION_NOT_ALLOWED' });
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.path || 'action'] ??= i.message;
  return new BadUserInputError(fields, message, details);
}
