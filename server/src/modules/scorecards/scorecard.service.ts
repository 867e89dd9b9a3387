import {
  ANNUAL_SCORECARD_WORKFLOW,
  type AnnualScorecardAction,
  type AnnualScorecardFacts,
  type AnnualScorecardState,
  checkMonthlyCount,
  REASON_MAX_LENGTH,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { recordAudit } from '../audit/audit.service.js';
import { Institution } from '../institutions/institution.entity.js';
import {
  type AnnualScorecardFilter,
  type AnnualScorecardListArgs,
  MONTHLY_SORT,
  type MonthlyCountFilter,
  type MonthlyCountListArgs,
  type OpenAnnualScorecardArgs,
  type RecordMonthlyCountArgs,
  type RecordScorecardEventArgs,
  SCORECARD_SORT,
  type ScorecardRankingArgs,
  type TransitionAnnualScorecardArgs,
  type WithdrawScorecardEventArgs,
} from './scorecard.args.js';
import { AnnualScorecard, MonthlyCount, ScorecardEventRow, type ScorecardRankingRow } from './scorecard.entity.js';
import {
  adoptedAnnualTemplate,
  assertOpen,
  ensureScorecard,
  insertEvent,
  refuseBadEvent,
  rescore,
  rescoreRegionYear,
  typeFlags,
} from './scorecard.scoring.js';

/** Annual scorecards: events recorded all year, scored by `shared` on every change, signed off by two inspectors. */
export class ScorecardService {
  private readonly reads: ScopedReads<AnnualScorecard, AnnualScorecardFilter, SortFieldOf<typeof SCORECARD_SORT>>;
  private readonly monthlyReads: ScopedReads<MonthlyCount, MonthlyCountFilter, SortFieldOf<typeof MONTHLY_SORT>>;

  constructor(private readonly db: Db) {
    this.reads = new ScopedReads(db, AnnualScorecard, filtered, SCORECARD_SORT);
    this.monthlyReads = new ScopedReads(db, MonthlyCount, monthlyFiltered, MONTHLY_SORT);
  }

  list(caller: Caller, args: AnnualScorecardListArgs): Promise<AnnualScorecard[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: AnnualScorecardFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<AnnualScorecard> {
    return this.reads.get(caller, id);
  }

  monthly(caller: Caller, args: MonthlyCountListArgs): Promise<MonthlyCount[]> {
    return this.monthlyReads.list(caller, args);
  }

  monthlyCount(caller: Caller, filter?: MonthlyCountFilter | null): Promise<number> {
    return this.monthlyReads.count(caller, filter);
  }

  /** The institution's scorecard of the year, opened when it has none (idempotent). */
  open(caller: Caller, args: OpenAnnualScorecardArgs): Promise<AnnualScorecard> {
    return this.db.write(caller, 'openAnnualScorecard', async (scope) => {
      const institution = await scope.one(Institution, args.institutionId);
      scope.assertPlace(institution.regionId, institution.countyId);
      adoptedAnnualTemplate(institution.regionId, args.year);
      return ensureScorecard(scope, institution, args.year);
    });
  }

  recordEvent(caller: Caller, args: RecordScorecardEventArgs): Promise<AnnualScorecard> {
    return this.db.write(caller, 'recordScorecardEvent', async (scope) => {
      const row = await scope.one(AnnualScorecard, args.scorecardId, { lock: true });
      scope.assertPlace(row.regionId, row.countyId);
      assertOpen(row);
      const flags = typeFlags(row, args.type, args.flags);
      const event = {
        type: args.type,
        occurredOn: args.occurredOn,
        count: args.count,
        districtId: args.districtId ?? null,
        reportedOn: args.reportedOn ?? null,
      };
      await refuseBadEvent(scope, row, { ...event, flags: { ...flags, ...onlyBooleans(args.flags) } });
      const note = args.note?.trim() || null;
      if (note && [...note].length > REASON_MAX_LENGTH) throw new BadUserInputError({ note: `备注最多${REASON_MAX_LENGTH}字` });
      return (await insertEvent(scope, row, { ...event, flags, note, complaintId: null })).scorecard;
    });
  }

  /** A mistaken event is withdrawn with a reason (kept, struck through), never edited or deleted. */
  withdrawEvent(caller: Caller, args: WithdrawScorecardEventArgs): Promise<AnnualScorecard> {
    return this.db.write(caller, 'withdrawScorecardEvent', async (scope) => {
      const event = await scope.one(ScorecardEventRow, args.id, { lock: true });
      const row = await scope.one(AnnualScorecard, event.scorecardId, { lock: true });
      scope.assertPlace(row.regionId, row.countyId);
      const reason = args.reason.trim();
      if (!reason || [...reason].length > REASON_MAX_LENGTH)
        throw new BadUserInputError({ reason: '请说明撤销理由' }, undefined, { reason: 'REASON_REQUIRED' });
      assertOpen(row);
      if (event.withdrawnAt) throw new ConflictError('该事项已撤销', undefined, { reason: 'ALREADY_WITHDRAWN' });
      const changes = { withdrawnAt: new Date(), withdrawnByName: caller.username, withdrawnReason: reason };
      await scope.em.update(ScorecardEventRow, { id: event.id }, changes);
      await recordAudit(scope.em, caller, {
        operation: 'withdraw',
        entityType: 'ScorecardEvent',
        entityId: event.id,
        regionId: event.regionId,
        before: event,
        after: { ...event, ...changes },
      });
      return (await rescore(scope, [row]))[0];
    });
  }

  /** A month's counts of one institution (upserted); every open scorecard of the region-year is rescored against the new mean. */
  recordMonthlyCount(caller: Caller, args: RecordMonthlyCountArgs): Promise<MonthlyCount> {
    return this.db.write(caller, 'recordMonthlyCount', async (scope) => {
      const institution = await scope.one(Institution, args.institutionId);
      scope.assertPlace(institution.regionId, institution.countyId);
      const counts = {
        month: args.month,
        submitted: args.submitted,
        returned: args.returned,
        surveyed: args.surveyed ?? 0,
        satisfied: args.satisfied ?? 0,
      };
      const issues = checkMonthlyCount(counts);
      if (issues.length)
        throw new BadUserInputError(Object.fromEntries(issues.map((i) => [i.path, i.message])), undefined, {
          reason: issues[0].code,
          issues: issues.map(({ code, path }) => ({ code, path })),
        });
      const year = Number(args.month.slice(0, 4));
      adoptedAnnualTemplate(institution.regionId, year);
      const own = await scope
        .rows(AnnualScorecard, 's')
        .andWhere('s.institution_id = :i AND s.year = :y', { i: institution.id, y: year })
        .getOne();
      if (own) assertOpen(own);
      const before = await scope
        .rows(MonthlyCount, 'm')
        .andWhere('m.institution_id = :i AND m.month = :month', { i: institution.id, month: args.month })
        .setLock('pessimistic_write')
        .getOne();
      const values = { ...counts, recordedByName: caller.username };
      let saved: MonthlyCount;
      if (before) {
        await scope.em.update(MonthlyCount, { id: before.id }, values);
        saved = { ...before, ...values, updatedAt: new Date() };
      } else
        saved = await scope.em.save(
          scope.em.create(MonthlyCount, {
            ...values,
            institutionId: institution.id,
            regionId: institution.regionId,
            countyId: institution.countyId,
          }),
        );
      await recordAudit(scope.em, caller, {
        operation: before ? 'update' : 'create',
        entityType: 'MonthlyCount',
        entityId: saved.id,
        regionId: saved.regionId,
        before,
        after: saved,
      });
      await rescoreRegionYear(scope, institution.regionId, year);
      return saved;
    });
  }

  transition(caller: Caller, args: TransitionAnnualScorecardArgs): Promise<AnnualScorecard> {
    return this.db.write(caller, 'transitionAnnualScorecard', async (scope) => {
      const after = await runTransition(scope, SCORECARD_TRANSITIONS, args);
      return scope.one(AnnualScorecard, after.id);
    });
  }

  /** Every institution's scorecard of a region and year, ranked by total (equal totals share a rank). */
  ranking(caller: Caller, args: ScorecardRankingArgs): Promise<ScorecardRankingRow[]> {
    return this.db.read(caller, async (scope) => {
      scope.assertRegion(args.regionId);
      const rows = await scope
        .rows(AnnualScorecard, 's', args.regionId)
        .innerJoin(Institution, 'i', 'i.id = s.institution_id')
        .addSelect('i.name', 'institution_name')
        .andWhere('s.year = :year', { year: args.year })
        .orderBy('s.total', 'DESC')
        .addOrderBy('s.id', 'ASC')
        .getRawAndEntities();
      let rank = 0;
      return rows.entities.map((s, index) => {
        if (index === 0 || rows.entities[index - 1].total !== s.total) rank = index + 1;
        const raw = rows.raw.find((r) => r.s_id === s.id);
        return {
          rank,
          scorecardId: s.id,
          institutionId: s.institutionId,
          institutionName: raw?.institution_name ?? '',
          state: s.state,
          total: s.total,
          deductionPart: s.deductionPart,
          bonusPart: s.bonusPart,
          vetoDeduction: s.vetoDeduction,
          categories: s.categories,
        };
      });
    });
  }
}

function onlyBooleans(given: Record<string, unknown> | null | undefined): Record<string, boolean> {
  return Object.fromEntries(Object.entries(given ?? {}).filter(([, v]) => typeof v === 'boolean')) as Record<string, boolean>;
}

export const SCORECARD_TRANSITIONS: TransitionSpec<AnnualScorecard, AnnualScorecardState, AnnualScorecardAction, AnnualScorecardFacts> = {
  workflow: ANNUAL_SCORECARD_WORKFLOW,
  entity: AnnualScorecard,
  entityType: 'AnnualScorecard',
  facts: async () => ({}),
  // the signed-off figure is the one computed at sign-off; a reopened year is scored afresh
  after: async (row, scope) => {
    await rescore(scope, [row]);
  },
};

function filtered(scope: Scope, given?: AnnualScorecardFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(AnnualScorecard, 's', filter.regionId);
  if (filter.ids) qb.andWhere('s.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.institutionId)
    qb.andWhere('s.institution_id = :institutionId', { institutionId: isUuid(filter.institutionId) ? filter.institutionId : null });
  if (filter.year != null) qb.andWhere('s.year = :year', { year: filter.year });
  if (filter.state) qb.andWhere('s.state = :state', { state: filter.state });
  return qb;
}

function monthlyFiltered(scope: Scope, given?: MonthlyCountFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(MonthlyCount, 'm', filter.regionId);
  if (filter.institutionId)
    qb.andWhere('m.institution_id = :institutionId', { institutionId: isUuid(filter.institutionId) ? filter.institutionId : null });
  if (filter.year != null) qb.andWhere('m.month BETWEEN :from AND :to', { from: `${filter.year}-01`, to: `${filter.year}-12` });
  return qb;
}
