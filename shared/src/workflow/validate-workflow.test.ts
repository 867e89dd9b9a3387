import { describe, expect, it } from 'vitest';
import { SERVICE_AGREEMENT_WORKFLOW } from '../agreements/agreement-workflow.js';
import { isRightId, type RightId, rolesWith } from '../rights/rights.js';
import { WORKFLOWS } from './registry.js';
import type { Workflow } from './types.js';
import { workflowLabels, workflowTableIssues } from './validate-workflow.js';

const codes = (w: Workflow<string, string, unknown>) => workflowTableIssues(w).map((i) => `${i.path} ${i.code}`);

describe('every shipped workflow table', () => {
  it.each(WORKFLOWS.map((w) => [w.id, w]))('Product rule: a workflow is a valid table — %s', (_id, w) => {
    expect(workflowTableIssues(w)).toEqual([]);
  });

  it.each(WORKFLOWS.map((w) => [w.id, w]))(
    'Product rule: one rights table — %s names a right per action, with the same roles',
    (_id, w) => {
      for (const t of w.transitions) {
        const id = `${w.rightPrefix}.${t.action}`;
        expect(isRightId(id), id).toBe(true);
        expect([...t.roles].sort()).toEqual([...rolesWith(id as RightId)].sort());
      }
      const mutation = `${w.rightPrefix}.transition`;
      expect(isRightId(mutation), mutation).toBe(true);
      const anyAction = new Set(w.transitions.flatMap((t) => t.roles));
      expect([...rolesWith(mutation as RightId)].sort()).toEqual([...anyAction].sort());
    },
  );
});

describe('workflowTableIssues', () => {
  const base = SERVICE_AGREEMENT_WORKFLOW as unknown as Workflow<string, string, unknown>;

  it('Product rule: a workflow is a valid table — unknown states, duplicate actions, unknown roles and actions, missing labels and citations', () => {
    const broken: Workflow<string, string, unknown> = {
      ...base,
      label: { zh: '服务协议', en: ' ' },
      states: [...base.states, 'draft', 'limbo'],
      initial: 'nowhere',
      transitions: [
        ...base.transitions,
        { ...base.transitions[0] },
        { action: 'float', from: ['heaven'], to: 'hell', roles: ['pope' as never], citation: '' },
        {
          action: 'sink',
          from: [],
          to: { before: 'rise' },
          roles: [],
          citation: 'x',
          fourEyes: { notActorOf: 'fall' },
          guards: [{ rule: 'g', code: 'G', label: { zh: '', en: 'G' }, citation: '', check: () => null }],
        },
      ],
      stateLabels: { ...base.stateLabels, ghost: { zh: '幽灵', en: 'Ghost' } },
      actionLabels: { ...base.actionLabels, float: { zh: '漂', en: '' } },
    };
    expect(codes(broken)).toEqual([
      'states DUPLICATE_STATE',
      'initial UNKNOWN_STATE',
      'label LABEL_MISSING',
      'transitions.7.action DUPLICATE_ACTION',
      'transitions.8.from UNKNOWN_STATE',
      'transitions.8.to UNKNOWN_STATE',
      'transitions.8.roles UNKNOWN_ROLE',
      'transitions.8.citation REQUIRED',
      'transitions.9.from REQUIRED',
      'transitions.9.to UNKNOWN_ACTION',
      'transitions.9.fourEyes UNKNOWN_ACTION',
      'transitions.9.roles REQUIRED',
      'transitions.9.guards.g REQUIRED',
      'transitions.9.guards.g LABEL_MISSING',
      'stateLabels.limbo LABEL_MISSING',
      'actionLabels.float LABEL_MISSING',
      'actionLabels.sink LABEL_MISSING',
      'stateLabels.ghost UNKNOWN_STATE',
      'states.draft UNREACHABLE_STATE',
      'states.active UNREACHABLE_STATE',
      'states.suspended UNREACHABLE_STATE',
      'states.termination_pending UNREACHABLE_STATE',
      'states.terminated UNREACHABLE_STATE',
      'states.expired UNREACHABLE_STATE',
      'states.draft UNREACHABLE_STATE',
      'states.limbo UNREACHABLE_STATE',
    ]);
  });

  it('Product rule: a workflow is a valid table — a label for an action the table lacks', () => {
    expect(codes({ ...base, actionLabels: { ...base.actionLabels, fly: { zh: '飞', en: 'Fly' } } })).toEqual([
      'actionLabels.fly UNKNOWN_ACTION',
    ]);
  });

  it('Product rule: a workflow is a valid table — a state no transition reaches', () => {
    expect(
      codes({
        ...base,
        states: [...base.states, 'archived'],
        stateLabels: { ...base.stateLabels, archived: { zh: '归档', en: 'Archived' } },
      }),
    ).toEqual(['states.archived UNREACHABLE_STATE']);
  });
});

describe('workflowLabels', () => {
  it('Xinjiang art. 10, 24: the agreement states and actions in Chinese and English, for the dashboard', () => {
    const l = workflowLabels(SERVICE_AGREEMENT_WORKFLOW);
    expect(l.zh.name).toBe('服务协议');
    expect(l.zh.states.suspended).toBe('已中止');
    expect(l.en.actions.approve_termination).toBe('Approve termination');
    expect(Object.keys(l.en.states)).toEqual([...SERVICE_AGREEMENT_WORKFLOW.states]);
    expect(l.zh.issues.SAME_PERSON).toBe('此操作须由另一人办理（经办与审批分离）');
    expect(l.en.issues.AGREEMENT_OVERLAP).toBe('The institution already has an agreement in force');
  });
});
