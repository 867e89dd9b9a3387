import {
  type CheckedChange,
  checkParameterChanges,
  compareSampleFigures,
  effectiveDateIssues,
  POLICY_CHANGE_WORKFLOW,
  type PolicyChangeAction,
  type PolicyChangeFacts,
  type PolicyChangeState,
  type PolicyResult,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { todayInChina } from '../../common/today.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { recordAudit } from '../audit/audit.service.js';
import { policyInputError } from '../calculators/calculation.js';
import {
  type CreatePolicyChangeArgs,
  POLICY_CHANGE_SORT,
  type PolicyChangeFilter,
  type PolicyChangeListArgs,
  type TransitionPolicyChangeArgs,
} from './policy-change.args.js';
import { PolicyChange } from './policy-change.entity.js';
import type { PolicyDataService } from './policy-data.service.js';

const ENTITY = 'PolicyChange';

export interface PolicyChangeDescription {
  diff: unknown;
  figures: unknown;
}
/**
 * Each region's last settled month (EFFECTIVE_DATE_CITATION): the latest month with a settlement run
 * of it that is not returned — generated, reviewed, rechecked or paid, its figures were computed on the
 * pack in force, so a change may not reach back under them. A region with none has no settled month
 * (null): the earliest effective date is then the 1st of the current month. One read for all the regions
 * (index settlement_runs_region_month).
 */
export async function lastSettledMonths(
  query: (sql: string, params: unknown[]) => Promise<{ region_id: string; month: string }[]>,
  regionIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await query(
    "SELECT region_id, max(month) AS month FROM settlement_runs WHERE region_id = ANY($1) AND state <> 'returned' GROUP BY region_id",
    [[...new Set(regionIds)]],
  );
  return new Map(rows.map((r) => [r.region_id, r.month]));
}

export function policyChangeFacts(row: Pick<PolicyChange, 'effectiveFrom'>, lastSettledMonth: string | null): PolicyChangeFacts {
  return { asOf: todayInChina(), effectiveFrom: row.effectiveFrom, lastSettledMonth };
}

/** The region’s last settled month, read in the change’s transaction. */
async function settledMonthOf(scope: Scope, regionId: string): Promise<string | null> {
  return (await lastSettledMonths((sql, params) => scope.em.query(sql, params), [regionId])).get(regionId) ?? null;
}

/** A region's proposed parameter changes: checked by shared, approved by a second administrator through the workflow table. */
export class PolicyChangeService {
  constructor(
    private readonly db: Db,
    private readonly policyData: PolicyDataService,
  ) {
    this.reads = new ScopedReads(db, PolicyChange, filtered, POLICY_CHANGE_SORT);
  }

  private readonly reads: ScopedReads<PolicyChange, PolicyChangeFilter, SortFieldOf<typeof POLICY_CHANGE_SORT>>;

  list(caller: Caller, args: PolicyChangeListArgs): Promise<PolicyChange[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: PolicyChangeFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<PolicyChange> {
    return this.reads.get(caller, id);
  }

  create(caller: Caller, { regionId, effectiveFrom, changes, note }: CreatePolicyChangeArgs): Promise<PolicyChange> {
    return this.db.write(caller, 'createPolicyChange', async (scope) => {
      scope.assertRegion(regionId);
      const dateIssues = effectiveDateIssues(effectiveFrom, todayInChina(), await settledMonthOf(scope, regionId));
      if (dateIssues.length) throw policyInputError(dateIssues);
      const checked = refuseBad(await this.check(scope, regionId, effectiveFrom, changes));
      const saved = await scope.em.save(
        scope.em.create(PolicyChange, {
          regionId,
          effectiveFrom,
          changes,
          patch: checked.patch,
          note: note?.trim() || null,
          preparedBy: caller.id,
        }),
      );
      await recordAudit(scope.em, caller, { operation: 'create', entityType: ENTITY, entityId: saved.id, regionId, after: saved });
      return saved;
    });
  }

  /** An approval re-checks the change against the region's pack as it is now, and stores the patch it will apply. */
  transition(caller: Caller, args: TransitionPolicyChangeArgs): Promise<PolicyChange> {
    return this.db.write(caller, 'transitionPolicyChange', async (scope) => {
      const row = await scope.one(PolicyChange, args.id, { lock: true });
      const patch =
        args.action === 'approve' ? refuseBad(await this.check(scope, row.regionId, row.effectiveFrom, row.changes, row.id)).patch : null;
      const spec: TransitionSpec<PolicyChange, PolicyChangeState, PolicyChangeAction, PolicyChangeFacts> = {
        workflow: POLICY_CHANGE_WORKFLOW,
        entity: PolicyChange,
        entityType: ENTITY,
        facts: async (r) => policyChangeFacts(r, await settledMonthOf(scope, r.regionId)),
        apply: (_r, decision) => (decision.action === 'approve' && patch ? { patch } : {}),
      };
      return runTransition(scope, spec, args);
    });
  }

  /** The diff against the version the change replaces, and the sample figures before and after (both computed by shared). */
  async describe(caller: Caller, row: PolicyChange): Promise<PolicyChangeDescription> {
    return (await this.describeMany(caller, [row]))[0];
  }

  /** `describe` for a page of changes: their base packs read in one batch (policy-change.loaders.ts). */
  describeMany(caller: Caller, rows: readonly PolicyChange[]): Promise<PolicyChangeDescription[]> {
    return this.db.read(caller, async (scope) => {
      const asks = rows.map((r) => ({ regionId: r.regionId, date: r.effectiveFrom, excluding: r.id }));
      const bases = await this.policyData.packsIn(scope, asks);
      return rows.map((row, i) => {
        const base = bases[i];
        if (!base.ok) return { diff: [], figures: [] };
        const checked = checkParameterChanges(base.value, row.changes);
        if (!checked.ok) return { diff: [], figures: [] };
        const at = (v: typeof base.value) => ({ ...v, validFrom: row.effectiveFrom });
        return { diff: checked.value.diff, figures: compareSampleFigures(at(base.value), at(checked.value.after)) };
      });
    });
  }

  private async check(
    scope: Scope,
    regionId: string,
    date: string,
    changes: unknown,
    excluding?: string,
  ): Promise<PolicyResult<CheckedChange>> {
    const base = await this.policyData.packIn(scope, regionId, date, excluding);
    return base.ok ? checkParameterChanges(base.value, changes) : base;
  }
}

function refuseBad(result: PolicyResult<CheckedChange>): CheckedChange {
  if (!result.ok) throw policyInputError(result.issues);
  return result.value;
}

function filtered(scope: Scope, given?: PolicyChangeFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(PolicyChange, 'c', filter.regionId);
  if (filter.ids) qb.andWhere('c.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.state) qb.andWhere('c.state = :state', { state: filter.state });
  return qb;
}
