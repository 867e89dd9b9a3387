import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { applyListArgs, type ListArgs, type Sortable } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';

/** A caller whose only role is the TPA's: they see their own contracts only (Qinhuangdao art. 62: the TPA assists, under the agency). */
export const isTpaOnly = (caller: Caller) => caller.roles.length > 0 && caller.roles.every((r) => r === 'tpa_staff');

/**
 * Rows of a TPA entity the caller reaches: the caller's regions through `Scope`, and for TPA staff
 * only the rows of the TPA they work for (tpa_staff_members), so another TPA's contract is NOT_FOUND.
 */
export function tpaRows<E extends ObjectLiteral>(scope: Scope, entity: EntityTarget<E>, alias: string, regionId?: string | null) {
  const qb: SelectQueryBuilder<E> = scope.rows(entity, alias, regionId);
  if (isTpaOnly(scope.caller))
    qb.andWhere(`${alias}.tpa_institution_id IN (SELECT m.institution_id FROM tpa_staff_members m WHERE m.user_id = :tpaMember)`, {
      tpaMember: scope.caller.id,
    });
  return qb;
}

/** One TPA row the caller reaches, or NOT_FOUND; `lock` holds it until the transaction ends. */
export async function tpaOne<E extends ObjectLiteral>(
  scope: Scope,
  entity: EntityTarget<E>,
  label: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<E> {
  if (typeof id !== 'string' || !isUuid(id)) throw new NotFoundError(label, String(id));
  const qb = tpaRows(scope, entity, 'row').andWhere('row.id = :id', { id });
  if (options.lock) qb.setLock('pessimistic_write');
  const row = await qb.getOne();
  if (!row) throw new NotFoundError(label, id);
  return row;
}

/** For TPA staff, attachments are only those of their own TPA's assessments (their self-check's evidence). */
export function restrictTpaAttachments<E extends ObjectLiteral>(
  scope: Scope,
  qb: SelectQueryBuilder<E>,
  alias: string,
): SelectQueryBuilder<E> {
  if (!isTpaOnly(scope.caller)) return qb;
  return qb.andWhere(
    `${alias}.owner_type = 'TpaAssessment' AND ${alias}.owner_id IN (SELECT t.id::text FROM tpa_assessments t
      JOIN tpa_staff_members m ON m.institution_id = t.tpa_institution_id WHERE m.user_id = :tpaMember)`,
    { tpaMember: scope.caller.id },
  );
}

/** The list, count and one-row read of a TPA resource, as `ScopedReads` answers them, with the TPA staff's filter on every read. */
export class TpaReads<E extends ObjectLiteral, Filter, SortField extends string> {
  constructor(
    private readonly db: Db,
    private readonly entity: EntityTarget<E>,
    private readonly label: string,
    private readonly filtered: (scope: Scope, filter?: Filter | null) => SelectQueryBuilder<E>,
    private readonly sort: Sortable<SortField>,
  ) {}

  list(caller: Caller, args: ListArgs & { sortField?: SortField | null; filter?: Filter | null }): Promise<E[]> {
    return this.db.read(caller, (scope) => applyListArgs(this.filtered(scope, args.filter), args, this.sort).getMany());
  }

  count(caller: Caller, filter?: Filter | null): Promise<number> {
    return this.db.read(caller, (scope) => this.filtered(scope, filter).getCount());
  }

  get(caller: Caller, id: string): Promise<E> {
    return this.db.read(caller, (scope) => tpaOne(scope, this.entity, this.label, id));
  }
}
