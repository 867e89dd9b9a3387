import { todoItem, todoTrace } from '@ltci/shared';
import { TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { FundGrant } from './fund-grant.entity.js';

/** Subsidies and donations entered and awaiting a second fund manager's approval (Qinhuangdao art. 51, 56), due on their date. */
export const fundGrantTodos: TodoSource = {
  kind: 'fundGrantApproval',
  async collect(scope, { asOf }) {
    const rows = await scope
      .rows(FundGrant, 'g')
      .andWhere("g.state = 'proposed'")
      .orderBy('g.date', 'ASC')
      .addOrderBy('g.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    return rows.map((g) => {
      const item = todoItem('fundGrantApproval', { resource: 'FundGrant', id: g.id, title: g.documentRef }, g.date, asOf);
      return { ...item, trace: todoTrace(item, asOf) };
    });
  },
};
