import { addDays, agreementExpiryTodo, TODO_KINDS, todoTrace } from '@ltci/shared';
import { type ExplainedTodo, TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { ServiceAgreement } from './agreement.entity.js';
import { IN_FORCE } from './agreement.service.js';

/** Agreements in force whose term ends within 60 days, or has ended unmarked (Xinjiang art. 10). */
export const agreementExpiryTodos: TodoSource = {
  kind: 'agreementExpiry',
  async collect(scope, { asOf }) {
    const rows = await scope
      .rows(ServiceAgreement, 'a')
      .andWhere('a.state IN (:...states)', { states: IN_FORCE })
      .andWhere('a.end_date <= :limit', { limit: addDays(asOf, TODO_KINDS.agreementExpiry.windowDays) })
      .orderBy('a.end_date', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    return rows.flatMap((a): ExplainedTodo[] => {
      const item = agreementExpiryTodo(a, asOf);
      return item ? [{ ...item, trace: todoTrace(item, asOf) }] : [];
    });
  },
};
