import { addMonthsToMonth, TODO_KINDS, todoItem, todoTrace } from '@ltci/shared';
import { type ExplainedTodo, TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { ServiceDeclaration } from './declaration.entity.js';

/** Product rule: the blocking flags of a month are decided by the 20th of the next month. */
const DUE_DAY = '20';

/** Confirmed declarations with undecided blocking flags, one item each, due the 20th of the month after the service month. */
export const auditFlagTodos: TodoSource = {
  kind: 'auditFlagsOpen',
  async collect(scope, { asOf }) {
    const rows = await scope
      .rows(ServiceDeclaration, 'd')
      .andWhere("EXISTS (SELECT 1 FROM audit_flags f WHERE f.declaration_id = d.id AND f.decision IS NULL AND f.severity = 'blocking')")
      .orderBy('d.month', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    return rows.map((d): ExplainedTodo => {
      const due = `${addMonthsToMonth(d.month, 1)}-${DUE_DAY}`;
      const item = todoItem('auditFlagsOpen', { resource: 'ServiceDeclaration', id: d.id, title: d.month }, due, asOf);
      const before = [
        { rule: 'todo.auditFlagsOpen', citation: TODO_KINDS.auditFlagsOpen.citation, inputs: { month: d.month }, output: due },
      ];
      return { ...item, trace: todoTrace(item, asOf, before) };
    });
  },
};
