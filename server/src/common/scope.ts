import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Caller } from './context.js';
import { ForbiddenError, NotFoundError } from './errors.js';
import { isUuid } from './ids.js';

/** How rows of an entity belong to regions. */
export interface ScopeRule {
  /** What a person calls one row, for NOT_FOUND: 机构, 统筹地区… */
  label: string;
  /** The SQL predicate on `alias` that keeps the rows of `:...scopeRegions`. */
  predicate(alias: string): string;
  /** Whether a text can be an id of this entity at all (anything else is NOT_FOUND, never a 500). */
  isId(id: string): boolean;
}

const rules = new Map<unknown, ScopeRule>();

/** Declare an entity region-scoped: its rows are read and locked only through `Scope`. */
export function regionScoped(label: string, column = 'region_id', isId: (id: string) => boolean = isUuid) {
  return (entity: abstract new (...args: never[]) => unknown): void => {
    rules.set(entity, { label, isId, predicate: (alias) => `${alias}.${column} IN (:...scopeRegions)` });
  };
}

/** Declare an entity scoped by a predicate of its own (the audit trail). */
export function customScoped(entity: unknown, rule: ScopeRule): void {
  rules.set(entity, rule);
}

export function isScopedEntity(entity: unknown): boolean {
  return rules.has(entity);
}

function ruleFor(entity: unknown): ScopeRule {
  const rule = rules.get(entity);
  if (!rule) throw new Error(`${String((entity as { name?: string })?.name)} is not region-scoped`);
  return rule;
}

/**
 * The caller's view of the database within one unit of work: every read of a scoped entity keeps
 * to the caller's regions (a row outside answers NOT_FOUND, so its existence is not revealed), and
 * every query goes through this unit's manager (the transaction's, in a write).
 */
export class Scope {
  constructor(
    readonly em: EntityManager,
    readonly caller: Caller,
  ) {}

  /** The regions a read may cover: the caller's, narrowed to `regionId` when one is asked for. */
  regions(regionId?: string | null): string[] {
    if (!regionId) return this.caller.regionIds;
    return this.caller.regionIds.includes(regionId) ? [regionId] : [];
  }

  /** A query builder over the rows of the caller's regions (narrowed to `regionId`). */
  rows<E extends ObjectLiteral>(entity: EntityTarget<E>, alias: string, regionId?: string | null): SelectQueryBuilder<E> {
    const rule = ruleFor(entity);
    const regions = this.regions(regionId);
    const qb = this.em.getRepository(entity).createQueryBuilder(alias);
    // an empty IN () is not SQL; no region means no rows
    return regions.length ? qb.where(rule.predicate(alias), { scopeRegions: regions }) : qb.where('false');
  }

  /** One row of the caller's regions, or NOT_FOUND. `lock` holds it (FOR UPDATE) until the transaction ends. */
  async one<E extends ObjectLiteral>(entity: EntityTarget<E>, id: string, options: { lock?: boolean } = {}): Promise<E> {
    const rule = ruleFor(entity);
    const qb = this.rows(entity, 'row').andWhere('row.id = :id', { id });
    if (options.lock) qb.setLock('pessimistic_write');
    const row = rule.isId(id) ? await qb.getOne() : null;
    if (!row) throw new NotFoundError(rule.label, id);
    return row;
  }

  /** A write into a region the caller is not bound to is FORBIDDEN. */
  assertRegion(regionId: string): void {
    assertRegion(this.caller, regionId);
  }
}

/** Work for a region the caller is not bound to is FORBIDDEN. */
export function assertRegion(caller: Caller, regionId: string): void {
  if (!caller.regionIds.includes(regionId)) throw new ForbiddenError(`无权操作该统筹地区的数据：${regionId}`);
}
