import { addDays, TODO_KINDS, todoItem, todoTrace } from '@ltci/shared';
import { todayInChina } from '../../common/today.js';
import { Claimant } from '../claimants/claimant.entity.js';
import { type ExplainedTodo, TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { CarePlan } from './care-plan.entity.js';

/** Product rule: a drafted plan is accepted (备案) or returned within 5 days of its drafting. */
const ACCEPT_DAYS = 5;

/** Drafted care plans someone else prepared: the caller may accept them (Qinhuangdao art. 30; four-eyes). */
export const carePlanAcceptanceTodos: TodoSource = {
  kind: 'carePlanAcceptance',
  async collect(scope, { asOf }) {
    const rows = await scope
      .rows(CarePlan, 'p')
      .andWhere("p.state = 'drafted' AND p.prepared_by <> :me", { me: scope.caller.id })
      .orderBy('p.created_at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    if (!rows.length) return [];
    const claimants = await scope
      .rows(Claimant, 'c')
      .andWhere('c.id IN (:...ids)', { ids: [...new Set(rows.map((r) => r.claimantId))] })
      .getMany();
    const named = new Map(claimants.map((c) => [c.id, c.name]));
    return rows.map((p): ExplainedTodo => {
      const drafted = todayInChina(p.createdAt);
      const item = todoItem(
        'carePlanAcceptance',
        { resource: 'CarePlan', id: p.id, title: named.get(p.claimantId) ?? '' },
        addDays(drafted, ACCEPT_DAYS),
        asOf,
      );
      const before = [
        {
          rule: 'todo.carePlanAcceptance',
          citation: TODO_KINDS.carePlanAcceptance.citation,
          inputs: { draftedOn: drafted, days: ACCEPT_DAYS },
          output: item.dueDate,
        },
      ];
      return { ...item, trace: todoTrace(item, asOf, before) };
    });
  },
};
