import { addWorkingDays, TODO_KINDS, todoItem, todoTrace } from '@ltci/shared';
import { type ExplainedTodo, TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { applicationDeadlines } from './application.deadlines.js';
import { AssessmentApplication } from './application.entity.js';

const OPEN = ['accepted', 'forwarded', 'dispatched', 'drawn', 'assessed', 'concluded', 'publicity', 'publicized'];
const DEADLINES = ['recheckAndForward', 'conclusionLetter'];

async function openApplications(scope: Parameters<TodoSource['collect']>[0], states: string[], kinds?: string[]) {
  const qb = scope.rows(AssessmentApplication, 'a').andWhere('a.state IN (:...states)', { states });
  if (kinds) qb.andWhere('a.kind IN (:...kinds)', { kinds });
  return qb.orderBy('a.applied_on', 'ASC').addOrderBy('a.id', 'ASC').limit(TODO_LIMIT_PER_KIND).getMany();
}

/** Open applications whose forwarding (art. 17, 5 working days) or letter (art. 23, 30 working days) is due within 7 days or past. */
export const assessmentDeadlineTodos: TodoSource = {
  kind: 'assessmentDeadline',
  async collect(scope, env) {
    const rows = await openApplications(scope, OPEN);
    const out: ExplainedTodo[] = [];
    for (const a of rows) {
      const pack = await env.packFor(a.regionId, env.asOf);
      if (!pack.ok) continue;
      const d = applicationDeadlines(a, pack.value.assessment, env.calendar, env.asOf);
      for (const x of d.deadlines) {
        if (!DEADLINES.includes(x.key) || !['open', 'overdue'].includes(x.status)) continue;
        if (x.key === 'recheckAndForward' && a.state !== 'accepted') continue;
        const item = todoItem(
          'assessmentDeadline',
          { resource: 'AssessmentApplication', id: a.id, title: `${x.label}（${x.citation}）` },
          x.due,
          env.asOf,
        );
        if (item.daysLeft > (TODO_KINDS.assessmentDeadline.windowDays ?? 0)) continue;
        out.push({
          ...item,
          trace: todoTrace(item, env.asOf, [
            { rule: `assessment.deadline.${x.key}`, citation: x.citation, inputs: { from: x.from }, output: x.due },
          ]),
        });
      }
    }
    return out;
  },
};

/** Conclusions whose publicity is over: the letter is to be issued and delivered, due by the 30 working days of art. 23. */
export const assessmentLetterTodos: TodoSource = {
  kind: 'assessmentLetter',
  async collect(scope, env) {
    const rows = await openApplications(scope, ['publicized']);
    const out: ExplainedTodo[] = [];
    for (const a of rows) {
      const pack = await env.packFor(a.regionId, env.asOf);
      if (!pack.ok) continue;
      const due =
        applicationDeadlines(a, pack.value.assessment, env.calendar, env.asOf).deadlines.find((x) => x.key === 'conclusionLetter')?.due ??
        env.asOf;
      const item = todoItem(
        'assessmentLetter',
        { resource: 'AssessmentApplication', id: a.id, title: TODO_KINDS.assessmentLetter.label.zh },
        due,
        env.asOf,
      );
      out.push({ ...item, trace: todoTrace(item, env.asOf) });
    }
    return out;
  },
};

/** Re-assessments a dispute or an upheld objection opened (art. 24), to be taken in within 5 working days of being opened. */
export const assessmentDisputeTodos: TodoSource = {
  kind: 'assessmentDispute',
  async collect(scope, env) {
    const rows = await openApplications(scope, ['submitted'], ['dispute', 'objection']);
    return rows.flatMap((a): ExplainedTodo[] => {
      const due = addWorkingDays(a.appliedOn, 5, env.calendar);
      const item = todoItem(
        'assessmentDispute',
        { resource: 'AssessmentApplication', id: a.id, title: TODO_KINDS.assessmentDispute.label.zh },
        due.ok ? due.value : a.appliedOn,
        env.asOf,
      );
      return [{ ...item, trace: todoTrace(item, env.asOf, due.ok ? due.trace : []) }];
    });
  },
};

/** Final severe conclusions whose two years end within 90 days and whose claimant has no end-of-term application open (art. 26). */
export const assessmentEndOfTermTodos: TodoSource = {
  kind: 'assessmentEndOfTerm',
  async collect(scope, env) {
    const rows = await scope
      .rows(AssessmentApplication, 'a')
      .andWhere("a.state = 'final' AND a.recorded_grade IS NOT NULL AND a.letter_issued_on IS NOT NULL")
      .andWhere(
        "NOT EXISTS (SELECT 1 FROM assessment_applications e WHERE e.claimant_id = a.claimant_id AND e.kind = 'endOfTerm' AND e.state NOT IN ('refused', 'withdrawn', 'ended') AND e.applied_on >= a.letter_issued_on)",
      )
      .orderBy('a.letter_issued_on', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getMany();
    const out: ExplainedTodo[] = [];
    for (const a of rows) {
      const pack = await env.packFor(a.regionId, env.asOf);
      if (!pack.ok) continue;
      const validity = applicationDeadlines(a, pack.value.assessment, env.calendar, env.asOf).deadlines.find(
        (x) => x.key === 'severeValidity',
      );
      if (!validity || validity.status !== 'open') continue;
      const item = todoItem(
        'assessmentEndOfTerm',
        { resource: 'AssessmentApplication', id: a.id, title: validity.label },
        validity.due,
        env.asOf,
      );
      if (item.daysLeft > (TODO_KINDS.assessmentEndOfTerm.windowDays ?? 0)) continue;
      out.push({
        ...item,
        trace: todoTrace(item, env.asOf, [
          {
            rule: 'assessment.deadline.severeValidity',
            citation: validity.citation,
            inputs: { from: validity.from },
            output: validity.due,
          },
        ]),
      });
    }
    return out;
  },
};
