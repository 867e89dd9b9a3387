import { addDays, TODO_KINDS, todoItem, todoTrace } from '@ltci/shared';
import { Institution } from '../institutions/institution.entity.js';
import { TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { Rectification } from './rectification.entity.js';

/** Rectifications not yet reported, due within 14 days or past due (Qinhuangdao art. 68). */
export const rectificationTodos: TodoSource = {
  kind: 'rectificationDue',
  async collect(scope, { asOf }) {
    const rows = await scope
      .rows(Rectification, 'r')
      .andWhere("r.state IN ('ordered', 'overdue')")
      .andWhere('r.due_on <= :limit', { limit: addDays(asOf, TODO_KINDS.rectificationDue.windowDays) })
      .orderBy('r.due_on', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    const ids = [...new Set(rows.map((r) => r.institutionId))];
    const institutions = ids.length ? await scope.rows(Institution, 'n').andWhere('n.id IN (:...ids)', { ids }).getMany() : [];
    const named = new Map(institutions.map((n) => [n.id, n.name]));
    return rows.map((r) => {
      const item = todoItem(
        'rectificationDue',
        { resource: 'Rectification', id: r.id, title: named.get(r.institutionId) ?? '' },
        r.dueOn,
        asOf,
      );
      return { ...item, trace: todoTrace(item, asOf) };
    });
  },
};
