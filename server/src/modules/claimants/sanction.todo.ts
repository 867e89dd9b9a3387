import { addDays, TODO_KINDS, todoItem, todoTrace } from '@ltci/shared';
import { todayInChina } from '../../common/today.js';
import { type ExplainedTodo, TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { Claimant } from './claimant.entity.js';
import { ClaimantSanction } from './sanction.entity.js';

/** Product rule: a proposed sanction is approved by a second officer within 5 days. */
const APPROVAL_DAYS = 5;

async function names(scope: Parameters<TodoSource['collect']>[0], rows: ClaimantSanction[]): Promise<Map<string, string>> {
  if (!rows.length) return new Map();
  const found = await scope
    .rows(Claimant, 'c')
    .andWhere('c.id IN (:...ids)', { ids: [...new Set(rows.map((r) => r.claimantId))] })
    .getMany();
  return new Map(found.map((c) => [c.id, c.name]));
}

/** Sanctions in force whose period ends within the window: the claimant may apply again after it (Qinhuangdao art. 71). */
export const sanctionEndingTodos: TodoSource = {
  kind: 'sanctionEnding',
  async collect(scope, { asOf }) {
    const window = TODO_KINDS.sanctionEnding.windowDays;
    const rows = await scope
      .rows(ClaimantSanction, 's')
      .andWhere("s.state = 'inForce' AND s.ends_on <= :until", { until: addDays(asOf, window) })
      .orderBy('s.ends_on', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    const named = await names(scope, rows);
    return rows.map((s): ExplainedTodo => {
      const item = todoItem(
        'sanctionEnding',
        { resource: 'ClaimantSanction', id: s.id, title: named.get(s.claimantId) ?? '' },
        s.endsOn,
        asOf,
      );
      const before = [
        {
          rule: 'todo.sanctionEnding',
          citation: TODO_KINDS.sanctionEnding.citation,
          inputs: { endsOn: s.endsOn, windowDays: window },
          output: s.endsOn,
        },
      ];
      return { ...item, trace: todoTrace(item, asOf, before) };
    });
  },
};

/** Proposed sanctions another officer proposed: the caller may approve them (four-eyes, Qinhuangdao art. 69). */
export const sanctionApprovalTodos: TodoSource = {
  kind: 'sanctionApproval',
  async collect(scope, { asOf }) {
    const rows = await scope
      .rows(ClaimantSanction, 's')
      .andWhere("s.state = 'proposed' AND s.prepared_by <> :me", { me: scope.caller.id })
      .orderBy('s.created_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    const named = await names(scope, rows);
    return rows.map((s): ExplainedTodo => {
      const proposed = todayInChina(s.createdAt);
      const item = todoItem(
        'sanctionApproval',
        { resource: 'ClaimantSanction', id: s.id, title: named.get(s.claimantId) ?? '' },
        addDays(proposed, APPROVAL_DAYS),
        asOf,
      );
      const before = [
        {
          rule: 'todo.sanctionApproval',
          citation: TODO_KINDS.sanctionApproval.citation,
          inputs: { proposedOn: proposed, days: APPROVAL_DAYS },
          output: item.dueDate,
        },
      ];
      return { ...item, trace: todoTrace(item, asOf, before) };
    });
  },
};
