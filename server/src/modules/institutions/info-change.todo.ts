import { infoChangeTodo, type MajorInfoChange, todoTrace } from '@ltci/shared';
import { type ExplainedTodo, TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { InfoChange } from './info-change.entity.js';
import { Institution } from './institution.entity.js';

/**
 * Major information changes not yet applied for, due 30 working days after their approval
 * (Xinjiang art. 21, on the working-day calendar). A region whose policy states no such rule has none.
 */
export const infoChangeTodos: TodoSource = {
  kind: 'infoChange',
  async collect(scope, { asOf, calendar, packFor }) {
    const changes = await scope
      .rows(InfoChange, 'c')
      .andWhere('c.applied_on IS NULL')
      .orderBy('c.approval_date', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    if (!changes.length) return [];
    const ids = [...new Set(changes.map((c) => c.institutionId))];
    const institutions = await scope.rows(Institution, 'i').andWhere('i.id IN (:...ids)', { ids }).getMany();
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    const items: ExplainedTodo[] = [];
    for (const change of changes) {
      const pack = await packFor(change.regionId, change.approvalDate);
      if (!pack.ok || !pack.value.institutions.designation) continue;
      const r = infoChangeTodo(
        { id: change.institutionId, name: names.get(change.institutionId) },
        { approvalDate: change.approvalDate, changes: change.changes as (MajorInfoChange | 'other')[] },
        asOf,
        pack.value.institutions,
        calendar,
      );
      if (!r.ok || !r.value) continue;
      items.push({ ...r.value, trace: todoTrace(r.value, asOf, r.trace), packVersion: `${pack.value.title}（${pack.value.validFrom}）` });
    }
    return items;
  },
};
