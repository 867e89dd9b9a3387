import { Issues } from '../core/result.js';
import { shown } from '../core/shown.js';
import type { Trace } from '../core/trace.js';
import { Tracer } from '../core/trace.js';
import { requireRecord } from '../core/validate.js';
import type {
  AllowedAction,
  HistoryStep,
  Transition,
  TransitionContext,
  TransitionDecision,
  TransitionRequest,
  Workflow,
  WorkflowIssue,
} from './types.js';

/** `PolicyResult` whose issues carry their citation and parameters. */
export type WorkflowResult<T> = { ok: true; value: T; trace: Trace } | { ok: false; issues: WorkflowIssue[] };

/** Product rule: a reason is a sentence or a paragraph, not a document (characters counted as PostgreSQL counts them). */
export const REASON_MAX_LENGTH = 1000;

const TABLE_CITATION = 'Product rule: a record moves only by its workflow table';

type AnyWorkflow = Workflow<string, string, unknown>;
type AnyTransition = Transition<string, string, unknown>;

/** One transition being checked: where its issues and trace steps go, and how to name things in messages. */
class Check {
  readonly issues: WorkflowIssue[] = [];
  readonly tracer = new Tracer();

  constructor(
    readonly w: AnyWorkflow,
    readonly t: AnyTransition,
    readonly ctx: TransitionContext<unknown>,
  ) {}

  add(path: string, code: string, message: string, params: Record<string, unknown> = {}, citation = this.t.citation): void {
    this.issues.push({ path, code, message, citation, params: { action: this.t.action, ...params } });
  }

  step<T>(rule: string, inputs: Record<string, unknown>, output: T, citation = this.t.citation): T {
    return this.tracer.step(rule, citation, inputs, output);
  }

  /** "中文 (English)" label of an action or a state. */
  action(a = this.t.action): string {
    const l = this.w.actionLabels[a];
    return l ? `“${l.zh}” (${l.en})` : a;
  }

  state(s = this.ctx.state): string {
    const l = this.w.stateLabels[s];
    return l ? `“${l.zh}” (${l.en})` : s;
  }

  lastStep(action: string): HistoryStep | undefined {
    return this.ctx.history?.findLast((h) => h.action === action);
  }
}

function checkFrom(c: Check): boolean {
  const ok = c.step('workflow.from', { action: c.t.action, state: c.ctx.state, from: c.t.from }, c.t.from.includes(c.ctx.state));
  if (!ok) c.add('state', 'TRANSITION_NOT_ALLOWED', `当前状态${c.state()}不能办理${c.action()}`, { state: c.ctx.state, from: c.t.from });
  return ok;
}

function checkRole(c: Check): void {
  const roles = c.ctx.actor.roles;
  const ok = c.step(
    'workflow.role',
    { roles, allowed: c.t.roles },
    roles.some((r) => (c.t.roles as readonly string[]).includes(r)),
  );
  if (!ok) c.add('actor.roles', 'ROLE_NOT_ALLOWED', `${c.action()}只能由以下角色办理：${c.t.roles.join('、')}`, { roles: c.t.roles });
}

/** Four-eyes: the actor is not the preparer, or not the person who took the step it names. */
function checkFourEyes(c: Check, fromOk: boolean): void {
  const rule = c.t.fourEyes;
  if (!rule) return;
  const me = c.ctx.actor.id;
  if (rule === true) {
    const preparer = c.ctx.preparedBy ?? null;
    c.step('workflow.fourEyes', { actor: me, preparedBy: preparer }, preparer !== null && preparer !== me);
    if (preparer === null) c.add('preparedBy', 'PREPARER_UNKNOWN', `无法确认经办人，不能办理${c.action()} (the preparer is not known)`);
    else if (preparer === me) c.add('actor.id', 'SAME_PERSON', `${c.action()}须由经办人以外的另一人办理`, { preparedBy: preparer });
    return;
  }
  const step = c.lastStep(rule.notActorOf);
  c.step('workflow.fourEyes', { actor: me, step: rule.notActorOf, stepActor: step?.actorId ?? null }, !!step && step.actorId !== me);
  // the history matters only where the step can be taken at all
  if (!step && fromOk) c.add('history', 'HISTORY_MISSING', `记录中没有${c.action(rule.notActorOf)}这一步`, { step: rule.notActorOf });
  else if (step?.actorId === me)
    c.add('actor.id', 'SAME_PERSON', `${c.action()}须由${c.action(rule.notActorOf)}办理人以外的另一人办理`, {
      step: rule.notActorOf,
      stepActor: me,
    });
}

/** The state it goes to; `{ before }` is read from the history. */
function resolveTo(c: Check, fromOk: boolean): string | null {
  if (typeof c.t.to === 'string') return c.t.to;
  const back = c.t.to.before;
  const to = c.step('workflow.to', { before: back }, c.lastStep(back)?.from ?? null);
  if (to === null && fromOk && !c.issues.some((i) => i.code === 'HISTORY_MISSING'))
    c.add('history', 'HISTORY_MISSING', `记录中没有${c.action(back)}这一步`, { step: back });
  return to;
}

function checkReason(c: Check, given: unknown): string | null {
  const reason = typeof given === 'string' && given.trim() ? given.trim() : null;
  c.step('workflow.reason', { needsReason: !!c.t.needsReason, given: reason !== null }, !c.t.needsReason || reason !== null);
  if (c.t.needsReason && reason === null) c.add('reason', 'REASON_REQUIRED', `办理${c.action()}须填写理由`);
  if (reason !== null && [...reason].length > REASON_MAX_LENGTH)
    c.add('reason', 'OUT_OF_RANGE', `理由最多${REASON_MAX_LENGTH}字 (a reason has at most ${REASON_MAX_LENGTH} characters)`, {
      max: REASON_MAX_LENGTH,
    });
  return reason;
}

function checkGuards(c: Check): void {
  for (const g of c.t.guards ?? []) {
    const failure = g.check(c.ctx.facts);
    c.step(`workflow.guard.${g.rule}`, { facts: c.ctx.facts }, failure ? g.code : 'passed', g.citation);
    if (failure) c.add(`facts.${g.rule}`, g.code, failure.message, failure.params, g.citation);
  }
}

function checkInput(c: Check, input: Record<string, unknown>): void {
  const rule = c.t.input;
  if (!rule) return;
  const found = rule.check(input, c.ctx.facts);
  c.step(`workflow.input.${rule.rule}`, { input }, found.length ? found.map((i) => i.code) : 'passed', rule.citation);
  for (const i of found) c.issues.push({ ...i, path: `input.${i.path}`, citation: rule.citation, params: { action: c.t.action } });
}

/** Every check that does not need the request's reason and input (what `allowedActions` shows). */
function checkStanding(c: Check): string | null {
  const fromOk = checkFrom(c);
  checkRole(c);
  checkFourEyes(c, fromOk);
  return resolveTo(c, fromOk);
}

/** A request that is not an object, or an action input that is not one, is refused before any check (JSON from a request may be anything). */
function requestShapeIssues(request: unknown): WorkflowIssue[] {
  const issues = new Issues();
  if (requireRecord(issues, 'request', request) && request.input != null) requireRecord(issues, 'input', request.input);
  return issues.list.map((i) => ({ ...i, citation: TABLE_CITATION, params: {} }));
}

/**
 * Decides one request against a workflow table: the state it leaves from, the caller's roles,
 * four-eyes, the reason, every guard and the action's input — all checked and all reported at
 * once, each check a trace step.
 */
export function decideTransition<S extends string, A extends string, F>(
  workflow: Workflow<S, A, F>,
  request: TransitionRequest<F>,
): WorkflowResult<TransitionDecision<S, A>> {
  const shape = requestShapeIssues(request);
  if (shape.length) return { ok: false, issues: shape };
  const t = workflow.transitions.find((x) => x.action === request.action);
  if (!t)
    return {
      ok: false,
      issues: [
        {
          path: 'action',
          code: 'TRANSITION_NOT_ALLOWED',
          message: `“${workflow.label.zh}”没有“${shown(request.action)}”这一操作 (${workflow.id} has no action ${shown(request.action)})`,
          citation: TABLE_CITATION,
          params: { action: request.action, workflow: workflow.id },
        },
      ],
    };
  const c = new Check(workflow as unknown as AnyWorkflow, t as unknown as AnyTransition, request as TransitionContext<unknown>);
  const to = checkStanding(c);
  const reason = checkReason(c, request.reason);
  checkGuards(c);
  const input = request.input ?? {};
  checkInput(c, input);
  if (c.issues.length) return { ok: false, issues: c.issues };
  c.step('workflow.decision', { workflow: workflow.id, action: t.action, from: request.state }, to);
  return { ok: true, value: { action: t.action, from: request.state as S, to: to as S, reason, input }, trace: c.tracer.steps };
}

/**
 * Every action of the workflow, in table order, as this caller may take it now: enabled, or the
 * codes that block it. The reason and the action's input are asked for when it is taken.
 */
export function allowedActions<S extends string, A extends string, F>(
  workflow: Workflow<S, A, F>,
  context: TransitionContext<F>,
): AllowedAction<S, A>[] {
  return workflow.transitions.map((t) => {
    const c = new Check(workflow as unknown as AnyWorkflow, t as unknown as AnyTransition, context as TransitionContext<unknown>);
    const to = checkStanding(c);
    checkGuards(c);
    const blockedBy = [...new Set(c.issues.map((i) => i.code))];
    return {
      action: t.action,
      label: workflow.actionLabels[t.action],
      enabled: blockedBy.length === 0,
      blockedBy,
      to: to as S | null,
      needsReason: !!t.needsReason,
      needsInput: !!t.input,
    };
  });
}
