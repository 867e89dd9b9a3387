import { addDays, TODO_KINDS, todoItem, todoTrace } from '@ltci/shared';
import { todayInChina } from '../../common/today.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Complaint } from '../complaints/complaint.entity.js';
import { Institution } from '../institutions/institution.entity.js';
import { type ExplainedTodo, TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { AnnualScorecard } from './scorecard.entity.js';

/** Product rule: sign-off within 10 days of submission; a complaint concluded within 30 days of receipt. */
const APPROVAL_DAYS = 10;
const COMPLAINT_DAYS = 30;

async function names(scope: Parameters<TodoSource['collect']>[0], ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await scope.rows(Institution, 'i').andWhere('i.id IN (:...ids)', { ids }).getMany();
  return new Map(rows.map((i) => [i.id, i.name]));
}

/** Submitted scorecards another inspector submitted: the caller may sign them off (four-eyes). */
export const scorecardApprovalTodos: TodoSource = {
  kind: 'scorecardApproval',
  async collect(scope, { asOf }) {
    const rows = await scope
      .rows(AnnualScorecard, 's')
      .andWhere("s.state = 'submitted'")
      .orderBy('s.updated_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    if (!rows.length) return [];
    const steps = await scope.em
      .createQueryBuilder(WorkflowStep, 'h')
      .where("h.workflow = 'annualScorecard' AND h.action = 'submit' AND h.record_id IN (:...ids)", { ids: rows.map((r) => r.id) })
      .orderBy('h.id', 'ASC')
      .getMany();
    const submitted = new Map(steps.map((h) => [h.recordId, h]));
    const named = await names(scope, [...new Set(rows.map((r) => r.institutionId))]);
    return rows.flatMap((r): ExplainedTodo[] => {
      const step = submitted.get(r.id);
      if (step?.actorId === scope.caller.id) return [];
      const on = step ? todayInChina(new Date(step.at)) : todayInChina(r.updatedAt);
      const item = todoItem(
        'scorecardApproval',
        { resource: 'AnnualScorecard', id: r.id, title: `${named.get(r.institutionId) ?? ''} ${r.year}` },
        addDays(on, APPROVAL_DAYS),
        asOf,
      );
      const before = [
        {
          rule: 'todo.scorecardApproval',
          citation: TODO_KINDS.scorecardApproval.citation,
          inputs: { submittedOn: on, days: APPROVAL_DAYS },
          output: item.dueDate,
        },
      ];
      return [{ ...item, trace: todoTrace(item, asOf, before) }];
    });
  },
};

/** Complaints received or under investigation, due 30 days after receipt. */
export const complaintTodos: TodoSource = {
  kind: 'complaintOpen',
  async collect(scope, { asOf }) {
    const rows = await scope
      .rows(Complaint, 'c')
      .andWhere("c.state IN ('received', 'investigating')")
      .orderBy('c.received_on', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    const named = await names(scope, [...new Set(rows.map((r) => r.institutionId))]);
    return rows.map((c) => {
      const item = todoItem(
        'complaintOpen',
        { resource: 'Complaint', id: c.id, title: named.get(c.institutionId) ?? '' },
        addDays(c.receivedOn, COMPLAINT_DAYS),
        asOf,
      );
      const before = [
        {
          rule: 'todo.complaintOpen',
          citation: TODO_KINDS.complaintOpen.citation,
          inputs: { receivedOn: c.receivedOn, days: COMPLAINT_DAYS },
          output: item.dueDate,
        },
      ];
      return { ...item, trace: todoTrace(item, asOf, before) };
    });
  },
};
