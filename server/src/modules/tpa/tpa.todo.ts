import { todoItem, todoTrace } from '@ltci/shared';
import { type ExplainedTodo, TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { TpaAssessment } from './tpa-assessment.entity.js';
import { TpaFeePayment, TpaRectification } from './tpa-fee-payment.entity.js';
import { tpaRows } from './tpa-scope.js';

const explained = (item: ReturnType<typeof todoItem>, asOf: string): ExplainedTodo => ({ ...item, trace: todoTrace(item, asOf) });

/** Assessments in `states` of the caller's reach (TPA staff: their own TPA's), due on the day `due` gives. */
function assessmentTodos(kind: 'tpaSelfCheck' | 'tpaOnSite', states: string[], due: (year: number) => string): TodoSource {
  return {
    kind,
    async collect(scope, { asOf }) {
      const rows = await tpaRows(scope, TpaAssessment, 'a')
        .andWhere('a.state IN (:...states)', { states })
        .orderBy('a.year', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .limit(TODO_LIMIT_PER_KIND)
        .getMany();
      return rows.map((a) =>
        explained(todoItem(kind, { resource: 'TpaAssessment', id: a.id, title: `${a.year}` }, due(a.year), asOf), asOf),
      );
    },
  };
}

/** The TPA's self-check (tpa_staff) and the agency's on-site assessment and review (inspectors), Tianjin art. 13. */
export const tpaSelfCheckTodos = assessmentTodos('tpaSelfCheck', ['self_check'], (y) => `${y + 1}-01-31`);
export const tpaOnSiteTodos = assessmentTodos('tpaOnSite', ['on_site', 'review'], (y) => `${y + 1}-03-31`);

/** Proposed payments awaiting a second fund manager (Qinhuangdao art. 63). */
export const tpaPaymentTodos: TodoSource = {
  kind: 'tpaPayment',
  async collect(scope, { asOf }) {
    const rows = await tpaRows(scope, TpaFeePayment, 'p')
      .andWhere("p.state = 'proposed'")
      .orderBy('p.date', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    return rows.map((p) =>
      explained(
        todoItem('tpaPayment', { resource: 'TpaAssessment', id: p.assessmentId, title: `${p.year} Q${p.quarter}` }, p.date, asOf),
        asOf,
      ),
    );
  },
};

/** Open interview-and-rectification cases by their due date (Tianjin art. 20). */
export const tpaRectificationTodos: TodoSource = {
  kind: 'tpaRectification',
  async collect(scope, { asOf }) {
    const rows = await tpaRows(scope, TpaRectification, 'r')
      .andWhere("r.state = 'open'")
      .orderBy('r.due_date', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    return rows.map((r) => explained(todoItem('tpaRectification', { resource: 'TpaContract', id: r.contractId }, r.dueDate, asOf), asOf));
  },
};
