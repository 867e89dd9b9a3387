import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Caller } from './context.js';
import { ForbiddenError, NotFoundError } from './errors.js';
import { isUuid } from './ids.js';

/**
 * Where a caller may read, for one query: `regions` are all the regions named (bound, and narrowed
 * to one when asked); of these, `wholeRegions` are seen entirely and the others only through the
 * caller's `counties` in them (Qinhuangdao art. 60–61: a county agency works its own area).
 */
export interface Reach {
  regions: string[];
  wholeRegions: string[];
  counties: string[];
}

/** How rows of an entity belong to regions. */
export interface ScopeRule {
  /** What a person calls one row, for NOT_FOUND: 机构, 统筹地区… */
  label: string;
  /**
   * The SQL predicate on `alias` that keeps the rows the caller reaches, with the parameters it
   * names; never called with an empty reach. Kept to plain `column IN (…)` terms (or an OR of
   * two), which PostgreSQL answers from an index for one region and for several.
   */
  predicate(alias: string, reach: Reach): { sql: string; params: Record<string, string[]> };
  /** Whether a text can be an id of this entity at all (anything else is NOT_FOUND, never a 500). */
  isId(id: string): boolean;
}

const rules = new Map<unknown, ScopeRule>();

export interface RegionScopedOptions {
  /** The region column (default `region_id`). */
  column?: string;
  /**
   * The county column, when rows may belong to one county of their region. A county-bound caller
   * then sees only the rows of their counties: a row of the region with no county is city-level
   * work (the city agency's, art. 60) and is not theirs. Without it, rows are seen region-wide.
   */
  countyColumn?: string;
  isId?: (id: string) => boolean;
}

/** Declare an entity region-scoped: its rows are read and locked only through `Scope`. */
export function regionScoped(label: string, options: RegionScopedOptions = {}) {
  const { column = 'region_id', countyColumn, isId = isUuid } = options;
  return (entity: abstract new (...args: never[]) => unknown): void => {
    rules.set(entity, {
      label,
      isId,
      predicate: (alias, reach): { sql: string; params: Record<string, string[]> } => {
        if (!countyColumn) return { sql: `${alias}.${column} IN (:...scopeRegions)`, params: { scopeRegions: reach.regions } };
        const terms: string[] = [];
        if (reach.wholeRegions.length) terms.push(`${alias}.${column} IN (:...scopeWholeRegions)`);
        if (reach.counties.length) terms.push(`${alias}.${countyColumn} IN (:...scopeCounties)`);
        return {
          sql: terms.length === 1 ? terms[0] : `(${terms.join(' OR ')})`,
          params: { scopeWholeRegions: reach.wholeRegions, scopeCounties: reach.counties },
        };
      },
    });
  };
}

/** Declare an entity scoped by a predicate of its own (the audit trail), over `:...scopeRegions`. */
export function customScoped(entity: unknown, rule: Pick<ScopeRule, 'label' | 'isId'> & { predicate(alias: string): string }): void {
  rules.set(entity, { ...rule, predicate: (alias, reach) => ({ sql: rule.predicate(alias), params: { scopeRegions: reach.regions } }) });
}

export function isScopedEntity(entity: unknown): boolean {
  return rules.has(entity);
}

function ruleFor(entity: unknown): ScopeRule {
  const rule = rules.get(entity);
  if (!rule) throw new Error(`${String((entity as { name?: string })?.name)} is not region-scoped`);
  return rule;
}

/** The caller's reach, narrowed to `regionId` when one is asked for (a region not theirs: nothing). */
export function reachOf(caller: Caller, regionId?: string | null): Reach {
  const regions = regionId ? caller.regionIds.filter((r) => r === regionId) : caller.regionIds;
  const countyRegions = new Set(caller.counties.map((c) => c.regionId));
  return {
    regions,
    wholeRegions: regions.filter((r) => !countyRegions.has(r)),
    counties: caller.counties.filter((c) => regions.includes(c.regionId)).map((c) => c.id),
  };
}

/**
 * The caller's view of the database within one unit of work: every read of a scoped entity keeps
 * to the caller's regions and counties (a row outside answers NOT_FOUND, so its existence is not
 * revealed), and every query goes through this unit's manager (the transaction's, in a write).
 */
export class Scope {
  constructor(
    readonly em: EntityManager,
    readonly caller: Caller,
  ) {}

  /** The regions a read may cover: the caller's, narrowed to `regionId` when one is asked for. */
  regions(regionId?: string | null): string[] {
    return reachOf(this.caller, regionId).regions;
  }

  /** A query builder over the rows the caller reaches (narrowed to `regionId`). */
  rows<E extends ObjectLiteral>(entity: EntityTarget<E>, alias: string, regionId?: string | null): SelectQueryBuilder<E> {
    const rule = ruleFor(entity);
    const reach = reachOf(this.caller, regionId);
    const qb = this.em.getRepository(entity).createQueryBuilder(alias);
    // an empty IN () is not SQL; no region means no rows
    if (!reach.regions.length) return qb.where('false');
    const { sql, params } = rule.predicate(alias, reach);
    return qb.where(sql, params);
  }

  /** One row the caller reaches, or NOT_FOUND. `lock` holds it (FOR UPDATE) until the transaction ends. */
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

  /** A write of a row placed in (region, county): FORBIDDEN outside the caller's region, or outside their counties there. */
  assertPlace(regionId: string, countyId: string | null | undefined): void {
    assertPlace(this.caller, regionId, countyId);
  }
}

/** Work for a region the caller is not bound to is FORBIDDEN. */
export function assertRegion(caller: Caller, regionId: string): void {
  if (!caller.regionIds.includes(regionId)) throw new ForbiddenError(`无权操作该统筹地区的数据：${regionId}`);
}

/**
 * Work placed in (region, county): the region must be the caller's; where the caller is bound to
 * counties of it, the row must be in one of them: city-level work (no county) is the city
 * agency's (Qinhuangdao art. 60–61).
 */
export function assertPlace(caller: Caller, regionId: string, countyId: string | null | undefined): void {
  assertRegion(caller, regionId);
  const reach = reachOf(caller, regionId);
  if (reach.wholeRegions.includes(regionId)) return;
  if (!countyId || !reach.counties.includes(countyId))
    throw new ForbiddenError(countyId ? `无权操作该县区的数据：${countyId}` : '县区用户不能办理市级事项，请选择本县区', {
      reason: 'OUTSIDE_COUNTY',
    });
}
