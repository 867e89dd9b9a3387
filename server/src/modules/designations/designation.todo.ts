import { isTodoDue, TODO_KINDS, todoItem, todoTrace } from '@ltci/shared';
import { Institution } from '../institutions/institution.entity.js';
import { type ExplainedTodo, TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { DesignationApplication } from './designation.entity.js';
import { CLOCK_STATES, clockOf } from './designation.service.js';

/** Open applications whose art. 8 review time (3 months, pauses excluded) runs out within 30 days. */
export const designationReviewTodos: TodoSource = {
  kind: 'designationReview',
  async collect(scope, { asOf }) {
    const rows = await scope
      .rows(DesignationApplication, 'd')
      .andWhere('d.state IN (:...states) AND d.accepted_on IS NOT NULL', { states: CLOCK_STATES })
      .orderBy('d.accepted_on', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    if (!rows.length) return [];
    const ids = [...new Set(rows.map((r) => r.institutionId))];
    const names = new Map(
      (await scope.rows(Institution, 'i').andWhere('i.id IN (:...ids)', { ids }).getMany()).map((i) => [i.id, i.name] as const),
    );
    const items: ExplainedTodo[] = [];
    for (const row of rows) {
      const clock = clockOf(row, asOf);
      if (!clock || !isTodoDue('designationReview', clock.due, asOf)) continue;
      const item = todoItem(
        'designationReview',
        { resource: 'DesignationApplication', id: row.id, title: names.get(row.institutionId) ?? '' },
        clock.due,
        asOf,
      );
      const before = [
        { rule: 'todo.designationReview', citation: TODO_KINDS.designationReview.citation, inputs: {}, output: clock.due },
        ...(clock.trace as never[]),
      ];
      items.push({ ...item, trace: todoTrace(item, asOf, before) });
    }
    return items;
  },
};
