import { fundWarningTodo, todoTrace } from '@ltci/shared';
import { type ExplainedTodo, TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { FundWarning } from './fund-warning.entity.js';

const chinaDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Open fund warnings (art. 58 line, shortfall, TPA cap, county sweep, bank statement mismatch): the fund managers' to-do. */
export const fundWarningTodos: TodoSource = {
  kind: 'fundWarning',
  async collect(scope, { asOf }) {
    const open = await scope
      .rows(FundWarning, 'w')
      .andWhere("w.state = 'open'")
      .orderBy('w.raised_at', 'ASC')
      .addOrderBy('w.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    const items: ExplainedTodo[] = [];
    for (const w of open) {
      const item = fundWarningTodo({ id: w.id, message: w.message, state: w.state, raisedOn: chinaDate(w.raisedAt) }, asOf);
      if (item) items.push({ ...item, trace: todoTrace(item, asOf, w.trace as never) });
    }
    return items;
  },
};
