import { addDays, leaseExpiryTodo, TODO_KINDS, todoTrace } from '@ltci/shared';
import { type ExplainedTodo, TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { Institution } from './institution.entity.js';

/** Leased premises whose lease ends within 60 days or has ended (Xinjiang art. 6(3), 7(4)); the item opens the institution. */
export const leaseExpiryTodos: TodoSource = {
  kind: 'leaseExpiry',
  async collect(scope, { asOf }) {
    const rows = await scope
      .rows(Institution, 'i')
      .andWhere("i.tenure = 'leased' AND i.lease_ends_on <= :limit", { limit: addDays(asOf, TODO_KINDS.leaseExpiry.windowDays) })
      .orderBy('i.lease_ends_on', 'ASC')
      .addOrderBy('i.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    return rows.flatMap((r): ExplainedTodo[] => {
      const item = leaseExpiryTodo({ id: r.id, name: r.name, tenure: r.tenure, leaseEndsOn: r.leaseEndsOn }, asOf);
      return item ? [{ ...item, trace: todoTrace(item, asOf) }] : [];
    });
  },
};
