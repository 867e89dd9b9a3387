import type { EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Caller } from './context.js';
import type { Db } from './db.js';
import { applyListArgs, countRows, type ListArgs, type Sortable } from './list-args.js';
import type { Scope } from './scope.js';

/**
 * The list, count and one-row read that every region-scoped resource answers, from its filter and
 * its sort: the rows are read through `Scope`, so another region's row is never listed and NOT_FOUND.
 * The sort always ends on the id (applyListArgs), so pages never overlap; a large total is kept a
 * few seconds (count-cache.ts) instead of counted on every page view.
 */
export class ScopedReads<E extends ObjectLiteral, Filter, SortField extends string> {
  constructor(
    private readonly db: Db,
    private readonly entity: EntityTarget<E>,
    private readonly filtered: (scope: Scope, filter?: Filter | null) => SelectQueryBuilder<E>,
    private readonly sort: Sortable<SortField>,
  ) {}

  list(caller: Caller, args: ListArgs & { sortField?: SortField | null; filter?: Filter | null }): Promise<E[]> {
    return this.db.read(caller, (scope) => applyListArgs(this.filtered(scope, args.filter), args, this.sort).getMany());
  }

  count(caller: Caller, filter?: Filter | null): Promise<number> {
    return this.db.read(caller, (scope) => countRows(this.filtered(scope, filter)));
  }

  get(caller: Caller, id: string): Promise<E> {
    return this.db.read(caller, (scope) => scope.one(this.entity, id));
  }
}

/** The sort fields of a list's `sortable()` table. */
export type SortFieldOf<S> = S extends Sortable<infer F> ? F : never;
