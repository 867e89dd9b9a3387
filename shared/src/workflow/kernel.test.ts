import { describe, expect, it } from 'vitest';
import { allowedActions, decideTransition, REASON_MAX_LENGTH } from './kernel.js';
import type { TransitionRequest, Workflow } from './types.js';

/** A maker-checker sign-off, after the conventions' example: prepared by one inspector, signed off by another. */
type S = 'draft' | 'submitted' | 'returned' | 'signedOff';
type A = 'submit' | 'approve' | 'return' | 'amend';
interface F {
  score: number | null;
}

const SIGN_OFF: Workflow<S, A, F> = {
  id: 'signOff',
  rightPrefix: 'scorecard',
  label: { zh: '评分表签发', en: 'Scorecard sign-off' },
  states: ['draft', 'submitted', 'returned', 'signedOff'],
  initial: 'draft',
  transitions: [
    {
      action: 'submit',
      from: ['draft', 'returned'],
      to: 'submitted',
      roles: ['inspector'],
      citation: 'Product rule: maker-checker',
      guards: [
        {
          rule: 'scored',
          code: 'SCORE_MISSING',
          label: { zh: '未评分', en: 'Not scored' },
          citation: 'Changzhou item 1',
          check: (f) => (f.score === null ? { message: '未评分', params: { field: 'score' } } : null),
        },
      ],
    },
    {
      action: 'approve',
      from: ['submitted'],
      to: 'signedOff',
      roles: ['inspector', 'admin'],
      citation: 'Product rule: maker-checker',
      fourEyes: true,
    },
    {
      action: 'return',
      from: ['submitted'],
      to: 'returned',
      roles: ['inspector'],
      citation: 'Product rule: returned carries a reason',
      needsReason: true,
    },
    {
      action: 'amend',
      from: ['signedOff'],
      to: { before: 'approve' },
      roles: ['admin'],
      citation: 'Product rule: an amendment reopens the sign-off',
      input: {
        rule: 'amendment',
        citation: 'Product rule: an amendment names its points',
        check: (input) => (typeof input.points === 'number' ? [] : [{ path: 'points', code: 'REQUIRED', message: 'points is required' }]),
      },
    },
  ],
  stateLabels: {
    draft: { zh: '草稿', en: 'Draft' },
    submitted: { zh: '已提交', en: 'Submitted' },
    returned: { zh: '已退回', en: 'Returned' },
    signedOff: { zh: '已签发', en: 'Signed off' },
  },
  actionLabels: {
    submit: { zh: '提交', en: 'Submit' },
    approve: { zh: '签发', en: 'Sign off' },
    return: { zh: '退回', en: 'Return' },
    amend: { zh: '更正', en: 'Amend' },
  },
};

const ann = { id: 'u-ann', roles: ['inspector'] };
const bob = { id: 'u-bob', roles: ['inspector'] };
const request = (over: Partial<TransitionRequest<F>>): TransitionRequest<F> => ({
  state: 'draft',
  action: 'submit',
  actor: ann,
  preparedBy: 'u-ann',
  facts: { score: 80 },
  ...over,
});
const codes = (r: ReturnType<typeof decideTransition>) => (r.ok ? [] : r.issues.map((i) => i.code));

describe('decideTransition', () => {
  it('Product rule: maker-checker — a permitted step goes to its state, every check in the trace', () => {
    const r = decideTransition(SIGN_OFF, request({}));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({ action: 'submit', from: 'draft', to: 'submitted', reason: null, input: {} });
    expect(r.trace.map((s) => s.rule)).toEqual([
      'workflow.from',
      'workflow.role',
      'workflow.reason',
      'workflow.guard.scored',
      'workflow.decision',
    ]);
    expect(r.trace.find((s) => s.rule === 'workflow.guard.scored')).toMatchObject({ citation: 'Changzhou item 1', output: 'passed' });
  });

  it('Product rule: a record moves only by its table — an unknown action is TRANSITION_NOT_ALLOWED', () => {
    const r = decideTransition(SIGN_OFF, request({ action: 'publish' }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      expect.objectContaining({ path: 'action', code: 'TRANSITION_NOT_ALLOWED', params: { action: 'publish', workflow: 'signOff' } }),
    ]);
    expect(r.issues[0].citation).toMatch(/^Product rule/);
  });

  it('Product rule: maker-checker — a step from a state it does not leave is TRANSITION_NOT_ALLOWED', () => {
    const r = decideTransition(SIGN_OFF, request({ state: 'signedOff' }));
    expect(codes(r)).toEqual(['TRANSITION_NOT_ALLOWED']);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        path: 'state',
        citation: 'Product rule: maker-checker',
        params: { action: 'submit', state: 'signedOff' },
      });
  });

  it('Product rule: a record moves only by its table — a state the table does not know leaves by no action', () => {
    const r = decideTransition(SIGN_OFF, request({ state: 'limbo' }));
    expect(codes(r)).toEqual(['TRANSITION_NOT_ALLOWED']);
    if (!r.ok) expect(r.issues[0].message).toBe('当前状态limbo不能办理“提交” (Submit)');
  });

  it('Product rule: maker-checker — a role the step does not name is ROLE_NOT_ALLOWED', () => {
    const r = decideTransition(SIGN_OFF, request({ actor: { id: 'u-fm', roles: ['fund_manager', 'tpa_staff'] } }));
    expect(codes(r)).toEqual(['ROLE_NOT_ALLOWED']);
  });

  it('Product rule: maker-checker — the preparer cannot approve their own work (SAME_PERSON); another inspector can', () => {
    const mine = decideTransition(SIGN_OFF, request({ state: 'submitted', action: 'approve', actor: ann, preparedBy: 'u-ann' }));
    expect(codes(mine)).toEqual(['SAME_PERSON']);
    if (!mine.ok) expect(mine.issues[0]).toMatchObject({ path: 'actor.id', params: { action: 'approve', preparedBy: 'u-ann' } });
    const theirs = decideTransition(SIGN_OFF, request({ state: 'submitted', action: 'approve', actor: bob, preparedBy: 'u-ann' }));
    expect(theirs.ok && theirs.value.to).toBe('signedOff');
    if (theirs.ok)
      expect(theirs.trace.find((s) => s.rule === 'workflow.fourEyes')).toMatchObject({
        inputs: { actor: 'u-bob', preparedBy: 'u-ann' },
        output: true,
      });
  });

  it('Product rule: maker-checker — four-eyes with no known preparer is refused (PREPARER_UNKNOWN), never waved through', () => {
    expect(codes(decideTransition(SIGN_OFF, request({ state: 'submitted', action: 'approve', actor: bob, preparedBy: null })))).toEqual([
      'PREPARER_UNKNOWN',
    ]);
    expect(
      codes(decideTransition(SIGN_OFF, request({ state: 'submitted', action: 'approve', actor: bob, preparedBy: undefined }))),
    ).toEqual(['PREPARER_UNKNOWN']);
  });

  it('Product rule: returned carries a reason — none, or only spaces, is REASON_REQUIRED; a given reason is trimmed', () => {
    for (const reason of [undefined, null, '', '   '])
      expect(codes(decideTransition(SIGN_OFF, request({ state: 'submitted', action: 'return', actor: bob, reason })))).toEqual([
        'REASON_REQUIRED',
      ]);
    const r = decideTransition(SIGN_OFF, request({ state: 'submitted', action: 'return', actor: bob, reason: '  评分依据不足 ' }));
    expect(r.ok && r.value.reason).toBe('评分依据不足');
  });

  it('Product rule: a reason is at most 1000 characters (OUT_OF_RANGE)', () => {
    const long = 'x'.repeat(REASON_MAX_LENGTH + 1);
    expect(codes(decideTransition(SIGN_OFF, request({ state: 'submitted', action: 'return', actor: bob, reason: long })))).toEqual([
      'OUT_OF_RANGE',
    ]);
    expect(decideTransition(SIGN_OFF, request({ state: 'submitted', action: 'return', actor: bob, reason: long.slice(1) })).ok).toBe(true);
    expect(
      decideTransition(SIGN_OFF, request({ state: 'submitted', action: 'return', actor: bob, reason: '👎'.repeat(REASON_MAX_LENGTH) })).ok,
    ).toBe(true);
  });

  it('Changzhou item 1: a guard blocks with its own code, citation and parameters', () => {
    const r = decideTransition(SIGN_OFF, request({ facts: { score: null } }));
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues).toEqual([
        {
          path: 'facts.scored',
          code: 'SCORE_MISSING',
          message: '未评分',
          citation: 'Changzhou item 1',
          params: { action: 'submit', field: 'score' },
        },
      ]);
  });

  it('Product rule: bad requests list every problem at once', () => {
    const r = decideTransition(SIGN_OFF, request({ state: 'signedOff', action: 'return', actor: { id: 'u-x', roles: [] } }));
    expect(codes(r)).toEqual(['TRANSITION_NOT_ALLOWED', 'ROLE_NOT_ALLOWED', 'REASON_REQUIRED']);
  });

  it('Product rule: an amendment names its points — the input is checked and its issues are under input.*', () => {
    const admin = { id: 'u-adm', roles: ['admin'] };
    const history = [
      { action: 'submit', from: 'draft', to: 'submitted', actorId: 'u-ann' },
      { action: 'approve', from: 'submitted', to: 'signedOff', actorId: 'u-bob' },
    ];
    const bad = decideTransition(SIGN_OFF, request({ state: 'signedOff', action: 'amend', actor: admin, history }));
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues).toEqual([
        expect.objectContaining({ path: 'input.points', code: 'REQUIRED', citation: 'Product rule: an amendment names its points' }),
      ]);
    const good = decideTransition(SIGN_OFF, request({ state: 'signedOff', action: 'amend', actor: admin, history, input: { points: 2 } }));
    expect(good.ok && good.value).toEqual({ action: 'amend', from: 'signedOff', to: 'submitted', reason: null, input: { points: 2 } });
  });

  it('Product rule: a step back to the state before another needs that step in the history (HISTORY_MISSING)', () => {
    const r = decideTransition(
      SIGN_OFF,
      request({ state: 'signedOff', action: 'amend', actor: { id: 'u-adm', roles: ['admin'] }, input: { points: 1 } }),
    );
    expect(codes(r)).toEqual(['HISTORY_MISSING']);
  });
});

describe('allowedActions', () => {
  it('Product rule: maker-checker — every action, enabled or with the codes that block it, reason and input left for later', () => {
    const list = allowedActions(SIGN_OFF, { state: 'submitted', actor: ann, preparedBy: 'u-ann', facts: { score: 80 } });
    expect(
      list.map(({ action, enabled, blockedBy, to, needsReason, needsInput }) => ({
        action,
        enabled,
        blockedBy,
        to,
        needsReason,
        needsInput,
      })),
    ).toEqual([
      { action: 'submit', enabled: false, blockedBy: ['TRANSITION_NOT_ALLOWED'], to: 'submitted', needsReason: false, needsInput: false },
      { action: 'approve', enabled: false, blockedBy: ['SAME_PERSON'], to: 'signedOff', needsReason: false, needsInput: false },
      { action: 'return', enabled: true, blockedBy: [], to: 'returned', needsReason: true, needsInput: false },
      {
        action: 'amend',
        enabled: false,
        blockedBy: ['TRANSITION_NOT_ALLOWED', 'ROLE_NOT_ALLOWED'],
        to: null,
        needsReason: false,
        needsInput: true,
      },
    ]);
    expect(list[1].label).toEqual({ zh: '签发', en: 'Sign off' });
  });

  it('Changzhou item 1: a failing guard blocks the action in the list too', () => {
    const list = allowedActions(SIGN_OFF, { state: 'draft', actor: ann, preparedBy: 'u-ann', facts: { score: null } });
    expect(list[0]).toMatchObject({ action: 'submit', enabled: false, blockedBy: ['SCORE_MISSING'] });
  });
});
