import {
  addWorkingDays,
  applyPackOverrides,
  calendarYearIssues,
  extendCalendar,
  officialCalendar,
  type PolicyPackVersion,
  type PolicyResult,
  policyPack,
  policyPackWithChanges,
  shippedPacks,
  type WorkingDayCalendar,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import { assertRegion, type Scope } from '../../common/scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { policyInputError } from '../calculators/calculation.js';
import type { Calculation } from '../calculators/calculation.types.js';
import { StoredCalendarYear } from './calendar-year.entity.js';
import { calendarYearFieldErrors } from './calendar-year.rules.js';
import { PolicyChange } from './policy-change.entity.js';
import { CalendarSource, type CalendarYear, type SetCalendarYearArgs, type SetPolicyOverridesArgs } from './policy-data.types.js';
import { PolicyOverride } from './policy-override.entity.js';

/** One pack asked of `packsIn`. */
export interface PackAsk {
  regionId: string;
  date: string;
  excluding?: string;
}

const UPSERT_CALENDAR_YEAR = `
  INSERT INTO calendar_years (year, holidays, workdays) VALUES ($1, $2, $3)
  ON CONFLICT (year) DO UPDATE SET holidays = excluded.holidays, workdays = excluded.workdays, updated_at = now()`;
const UPSERT_OVERRIDES = `
  INSERT INTO policy_overrides (region_id, valid_from, overrides) VALUES ($1, $2, $3)
  ON CONFLICT (region_id, valid_from) DO UPDATE SET overrides = excluded.overrides, updated_at = now()`;

/**
 * The policy data administrators add to what ships in @ltci/shared: later years of the
 * working-day calendar, and per-region overrides of the shipped policy pack versions.
 */
export class PolicyDataService {
  constructor(private readonly db: Db) {}

  /** Every known year, a stored year replacing the shipped one. */
  async calendarYears(): Promise<CalendarYear[]> {
    const years = new Map<number, CalendarYear>();
    for (const year of Object.keys(officialCalendar.years)) years.set(Number(year), officialYear(Number(year)) as CalendarYear);
    for (const stored of await this.storedYears()) years.set(stored.year, administratorYear(stored));
    return [...years.values()].sort((a, b) => a.year - b.year);
  }

  /** The shipped calendar extended with the stored years; `scope`: read in the caller's unit of work (a transaction). */
  async calendar(scope?: Scope): Promise<WorkingDayCalendar> {
    const stored = scope ? await scope.em.find(StoredCalendarYear, { order: { year: 'ASC' } }) : await this.storedYears();
    if (!stored.length) return officialCalendar;
    const years = Object.fromEntries(stored.map((y) => [String(y.year), { holidays: y.holidays, workdays: y.workdays }]));
    const name = `${officialCalendar.name}＋管理员录入（${stored.map((y) => y.year).join('、')}）`;
    return extendCalendar(officialCalendar, years, name);
  }

  async addWorkingDays(start: string, days: number): Promise<Calculation> {
    const result = addWorkingDays(start, days, await this.calendar());
    if (!result.ok) throw policyInputError(result.issues, (path) => (path === 'n' ? 'days' : path));
    return { value: result.value, trace: result.trace };
  }

  async setCalendarYear(caller: Caller, { year, holidays, workdays }: SetCalendarYearArgs): Promise<CalendarYear> {
    const issues = calendarYearIssues(year, holidays, workdays);
    if (issues.length)
      throw new BadUserInputError(calendarYearFieldErrors(year, holidays, workdays), undefined, {
        reason: issues[0].code,
        issues: issues.map(({ code, path }) => ({ code, path })),
      });
    const after: CalendarYear = {
      year,
      holidays: [...holidays].sort(),
      workdays: [...workdays].sort(),
      source: CalendarSource.administrator,
    };
    return this.db.transaction('setCalendarYear', async (em) => {
      const stored = await em.findOne(StoredCalendarYear, { where: { year }, lock: { mode: 'pessimistic_write' } });
      await em.query(UPSERT_CALENDAR_YEAR, [year, after.holidays, after.workdays]);
      await recordAudit(em, caller, {
        operation: stored ? 'update' : 'create',
        entityType: 'CalendarYear',
        entityId: String(year),
        before: stored ? administratorYear(stored) : officialYear(year),
        after,
      });
      return after;
    });
  }

  /**
   * Store a region's overrides of one shipped version, validated by `applyPackOverrides`; `{}`
   * removes them. Answers the version as it now applies, with the trace of what changed.
   */
  async setPolicyOverrides(caller: Caller, { regionId, validFrom, overrides }: SetPolicyOverridesArgs): Promise<Calculation> {
    assertRegion(caller, regionId);
    const version = shippedVersion(regionId, validFrom);
    const merged = applyPackOverrides(version, overrides);
    if (!merged.ok) throw policyInputError(merged.issues, (path) => (path ? `overrides.${path}` : 'overrides'));
    const removing = Object.keys(overrides).length === 0;
    return this.db.transaction('setPolicyOverrides', async (em) => {
      const stored = await em.findOne(PolicyOverride, { where: { regionId, validFrom }, lock: { mode: 'pessimistic_write' } });
      if (removing) await em.delete(PolicyOverride, { regionId, validFrom });
      else await em.query(UPSERT_OVERRIDES, [regionId, validFrom, overrides]);
      await recordAudit(em, caller, {
        operation: removing ? 'delete' : stored ? 'update' : 'create',
        entityType: 'PolicyOverrides',
        entityId: `${regionId}@${validFrom}`,
        regionId,
        before: stored ? { regionId, validFrom, overrides: stored.overrides } : null,
        after: removing ? null : { regionId, validFrom, overrides },
      });
      return { value: merged.value, trace: merged.trace };
    });
  }

  /** The region's pack on `date` for a caller bound to the region: see `packIn`. */
  packFor(caller: Caller, regionId: string, date: string): Promise<PolicyResult<PolicyPackVersion>> {
    return this.db.read(caller, (scope) => this.packIn(scope, regionId, date));
  }

  /**
   * The region's pack on `date`: the shipped version in force with its stored overrides, then the
   * approved parameter changes effective by then (`policyPackWithChanges`), `excluding` one of them
   * (the change whose base version is asked for). Reads through the unit of work's scope.
   */
  async packIn(scope: Scope, regionId: string, date: string, excluding?: string): Promise<PolicyResult<PolicyPackVersion>> {
    return (await this.packsIn(scope, [{ regionId, date, excluding }]))[0];
  }

  /** `packIn` for many at once (a page of parameter changes): two reads per region, whatever the number asked. */
  async packsIn(scope: Scope, asks: readonly PackAsk[]): Promise<PolicyResult<PolicyPackVersion>[]> {
    const shipped = asks.map((a) => policyPack(a.regionId, a.date));
    const byRegion = new Map<string, { overrides: PolicyOverride[]; approved: PolicyChange[] }>();
    for (const regionId of new Set(asks.filter((_, i) => shipped[i].ok).map((a) => a.regionId))) {
      const latest = asks
        .filter((a) => a.regionId === regionId)
        .map((a) => a.date)
        .sort()
        .at(-1);
      const overrides = await scope.em.findBy(PolicyOverride, { regionId });
      const approved = await scope
        .rows(PolicyChange, 'c', regionId)
        .andWhere("c.state = 'approved' AND c.effective_from <= :date", { date: latest })
        .orderBy('c.effective_from', 'ASC')
        .addOrderBy('c.updated_at', 'ASC')
        .getMany();
      byRegion.set(regionId, { overrides, approved });
    }
    return asks.map(({ regionId, date, excluding }, i) => {
      const inForce = shipped[i];
      const stored = byRegion.get(regionId);
      if (!inForce.ok || !stored) return inForce;
      const overrides = stored.overrides.find((o) => o.validFrom === inForce.value.validFrom)?.overrides;
      const changes = stored.approved
        .filter((c) => c.effectiveFrom <= date && c.id !== excluding)
        .map(({ id, effectiveFrom, patch }) => ({ id, effectiveFrom, patch }));
      return policyPackWithChanges(regionId, date, changes, overrides);
    });
  }

  private storedYears(): Promise<StoredCalendarYear[]> {
    return this.db.manager.find(StoredCalendarYear, { order: { year: 'ASC' } });
  }
}

function officialYear(year: number): CalendarYear | null {
  const shipped = Object.hasOwn(officialCalendar.years, String(year)) ? officialCalendar.years[String(year)] : null;
  return shipped && { year, holidays: shipped.holidays, workdays: shipped.workdays, source: CalendarSource.official };
}

function administratorYear(stored: StoredCalendarYear): CalendarYear {
  return { year: stored.year, holidays: stored.holidays, workdays: stored.workdays, source: CalendarSource.administrator };
}

function shippedVersion(regionId: string, validFrom: string): PolicyPackVersion {
  const pack = Object.hasOwn(shippedPacks, regionId) ? shippedPacks[regionId] : null;
  if (!pack) throw new BadUserInputError({ regionId: `统筹地区 ${regionId} 没有发布的政策参数包` });
  const version = pack.versions.find((v) => v.validFrom === validFrom);
  if (!version) {
    const known = pack.versions.map((v) => v.validFrom).join('、');
    throw new BadUserInputError({ validFrom: `${pack.title} 没有 ${validFrom} 生效的版本（可选：${known}）` });
  }
  return version;
}
