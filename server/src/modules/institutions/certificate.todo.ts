import { addDays, certificateExpiryTodo, TODO_KINDS, todoTrace } from '@ltci/shared';
import { type ExplainedTodo, TODO_LIMIT_PER_KIND, type TodoSource } from '../todo/todo-source.js';
import { Staff } from './staff.entity.js';

/** Staff certificates expiring within 60 days or expired (Xinjiang art. 6(2)), removed assessors left out; the item opens the institution. */
export const certificateExpiryTodos: TodoSource = {
  kind: 'certificateExpiry',
  async collect(scope, { asOf }) {
    const rows: { institution_id: string; institution_name: string; staff_name: string; name: string; expires_on: string }[] = await scope
      .rows(Staff, 's')
      .innerJoin('staff_certificates', 'c', 'c.staff_id = s.id')
      .innerJoin('institutions', 'i', 'i.id = s.institution_id')
      .select(['s.institution_id AS institution_id', 'i.name AS institution_name', 's.name AS staff_name', 'c.name AS name'])
      .addSelect("to_char(c.expires_on, 'YYYY-MM-DD')", 'expires_on')
      .andWhere('c.expires_on <= :limit AND s.removed_for IS NULL', { limit: addDays(asOf, TODO_KINDS.certificateExpiry.windowDays) })
      .orderBy('c.expires_on', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .limit(TODO_LIMIT_PER_KIND)
      .getRawMany();
    return rows.flatMap((r): ExplainedTodo[] => {
      const item = certificateExpiryTodo(
        {
          institutionId: r.institution_id,
          institutionName: r.institution_name,
          staffName: r.staff_name,
          name: r.name,
          expiresOn: r.expires_on,
        },
        asOf,
      );
      return item ? [{ ...item, trace: todoTrace(item, asOf) }] : [];
    });
  },
};
