import type { Trace } from '../core/trace.js';
import { Tracer } from '../core/trace.js';
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

/** Product rule: a reason is a sentence or a paragraph, not a document. */
export const REASON_MAX_LENGTH = 1000;

const TABLE_CITATION = 'Product rule: a record moves only by its workflow table';

type AnyTransition = Transition<string, string, unknown>;

interface Checked {
  issues: WorkflowIssue[];
  to: string | null;
  reason: string | null;
}

const lastStep = (history: readonly HistoryStep[] | undefined, action: string) => history?.findLast((h) => h.action === action);

function check(
  t: AnyTransition,
  ctx: TransitionContext<unknown>,
  tracer: Tracer,
  request?: Pick<TransitionRequest<unknown>, 'reason' | 'input'>,
): Checked {
  const issues: WorkflowIssue[] = [];
  const add = (path: string, code: string, message: string, params: Record<string, unknown>, citation = t.citation) =>
    issues.push({ path, code, message, citation, params: { action: t.action, ...params } });

  const fromOk = tracer.step('workflow.from', t.citation, { action: t.action, state: ctx.state, from: t.from }, t.from.includes(ctx.state));
  if (!fromOk)
    add('state', 'TRANSITION_NOT_ALLOWED', `当前状态“${ctx.state}”不能办理“${t.action}” (${t.action} is not allowed from ${ctx.state})`, {
      state: ctx.state,
      from: t.from,
    });

  const roles = ctx.actor.roles;
  const roleOk = tracer.step(
    'workflow.role',
    t.citation,
    { action: t.action, roles, allowed: t.roles },
    roles.some((r) => (t.roles as readonly string[]).includes(r)),
  );
  if (!roleOk)
    add(
      'actor.roles',
      'ROLE_NOT_ALLOWED',
      `“${t.action}”只能由以下角色办理：${t.roles.join('、')} (only ${t.roles.join(', ')} may ${t.action})`,
      {
        roles: t.roles,
      },
    );

  if (t.fourEyes === true) {
    const preparer = ctx.preparedBy ?? null;
    tracer.step(
      'workflow.fourEyes',
      t.citation,
      { actor: ctx.actor.id, preparedBy: preparer },
      preparer !== null && preparer !== ctx.actor.id,
    );
    if (preparer === null) add('preparedBy', 'PREPARER_UNKNOWN', `无法确认经办人，不能办理“${t.action}” (the preparer is not known)`, {});
    else if (preparer === ctx.actor.id)
      add('actor.id', 'SAME_PERSON', `“${t.action}”须由经办人以外的另一人办理 (${t.action} needs a second person: you prepared it)`, {
        preparedBy: preparer,
      });
  } else if (t.fourEyes) {
    const step = lastStep(ctx.history, t.fourEyes.notActorOf);
    tracer.step(
      'workflow.fourEyes',
      t.citation,
      { actor: ctx.actor.id, step: t.fourEyes.notActorOf, stepActor: step?.actorId ?? null },
      !!step && step.actorId !== ctx.actor.id,
    );
    // the history matters only where the step can be taken at all
    if (!step) {
      if (fromOk)
        add('history', 'HISTORY_MISSING', `记录中没有“${t.fourEyes.notActorOf}”这一步 (the history has no ${t.fourEyes.notActorOf} step)`, {
          step: t.fourEyes.notActorOf,
        });
    } else if (step.actorId === ctx.actor.id)
      add(
        'actor.id',
        'SAME_PERSON',
        `“${t.action}”须由“${t.fourEyes.notActorOf}”办理人以外的另一人办理 (${t.action} needs a second person: you took ${t.fourEyes.notActorOf})`,
        {
          step: t.fourEyes.notActorOf,
          stepActor: step.actorId,
        },
      );
  }

  let to: string | null = typeof t.to === 'string' ? t.to : null;
  if (typeof t.to !== 'string') {
    const back = t.to.before;
    to = lastStep(ctx.history, back)?.from ?? null;
    tracer.step('workflow.to', t.citation, { before: back }, to);
    if (to === null && fromOk && !issues.some((i) => i.code === 'HISTORY_MISSING'))
      add('history', 'HISTORY_MISSING', `记录中没有“${back}”这一步 (the history has no ${back} step)`, { step: back });
  }

  let reason: string | null = null;
  if (request) {
    reason = typeof request.reason === 'string' && request.reason.trim() ? request.reason.trim() : null;
    tracer.step('workflow.reason', t.citation, { needsReason: !!t.needsReason, given: reason !== null }, !t.needsReason || reason !== null);
    if (t.needsReason && reason === null) add('reason', 'REASON_REQUIRED', `办理“${t.action}”须填写理由 (${t.action} needs a reason)`, {});
    if (reason !== null && reason.length > REASON_MAX_LENGTH)
      add('reason', 'OUT_OF_RANGE', `理由最多${REASON_MAX_LENGTH}字 (a reason has at most ${REASON_MAX_LENGTH} characters)`, {
        max: REASON_MAX_LENGTH,
      });
  }

  for (const g of t.guards ?? []) {
    const failure = g.check(ctx.facts);
    tracer.step(`workflow.guard.${g.rule}`, g.citation, { facts: ctx.facts }, failure ? g.code : 'passed');
    if (failure) add(`facts.${g.rule}`, g.code, failure.message, failure.params ?? {}, g.citation);
  }

  if (request && t.input) {
    const found = t.input.check(request.input ?? {}, ctx.facts);
    tracer.step(
      `workflow.input.${t.input.rule}`,
      t.input.citation,
      { input: request.input ?? {} },
      found.length ? found.map((i) => i.code) : 'passed',
    );
    for (const i of found) issues.push({ ...i, path: `input.${i.path}`, citation: t.input.citation, params: { action: t.action } });
  }
  return { issues, to, reason };
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
  const t = workflow.transitions.find((x) => x.action === request.action);
  if (!t)
    return {
      ok: false,
      issues: [
        {
          path: 'action',
          code: 'TRANSITION_NOT_ALLOWED',
          message: `“${workflow.label.zh}”没有“${String(request.action)}”这一操作 (${workflow.id} has no action ${String(request.action)})`,
          citation: TABLE_CITATION,
          params: { action: request.action, workflow: workflow.id },
        },
      ],
    };
  const tracer = new Tracer();
  const { issues, to, reason } = check(t as unknown as AnyTransition, request as TransitionContext<unknown>, tracer, request);
  if (issues.length) return { ok: false, issues };
  const value: TransitionDecision<S, A> = { action: t.action, from: request.state as S, to: to as S, reason, input: request.input ?? {} };
  tracer.step('workflow.decision', t.citation, { workflow: workflow.id, action: t.action, from: request.state }, to);
  return { ok: true, value, trace: tracer.steps };
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
    const { issues, to } = check(t as unknown as AnyTransition, context as TransitionContext<unknown>, new Tracer());
    const blockedBy = [...new Set(issues.map((i) => i.code))];
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
