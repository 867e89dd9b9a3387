import {
  adoptedScorecards,
  checkRecordedEvent,
  type RecordedEvent,
  recordableTypes,
  type ScorecardTemplate,
  scorecardTemplate,
  scoreInstitutionYear,
} from '@ltci/shared';
import { In } from 'typeorm';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import type { Scope } from '../../common/scope.js';
import { todayInChina } from '../../common/today.js';
import { recordAudit } from '../audit/audit.service.js';
import type { Institution } from '../institutions/institution.entity.js';
import { County } from '../regions/county.entity.js';
import { AnnualScorecard, MonthlyCount, ScorecardEventRow } from './scorecard.entity.js';

/** The annual-assessment template the region adopted for the year (Qinhuangdao art. 67; Xinjiang art. 27), or BAD_USER_INPUT. */
export function adoptedAnnualTemplate(regionId: string, year: number): ScorecardTemplate {
  const adopted =
    Number.isInteger(year) && year >= 2000 && year <= 2099
      ? adoptedScorecards(regionId, year).find((a) => a.purpose === 'annualAssessment')
      : undefined;
  if (!adopted)
    throw new BadUserInputError({ year: `该统筹地区 ${year} 年度未采用年度考核模板` }, undefined, {
      reason: 'NO_TEMPLATE_ADOPTED',
      issues: [{ code: 'NO_TEMPLATE_ADOPTED', path: 'year', params: { year } }],
    });
  return adopted.template;
}

export function templateOf(row: AnnualScorecard): ScorecardTemplate {
  return scorecardTemplate(row.templateId) as ScorecardTemplate;
}

/** The institution's scorecard of the year, opened (and scored) in this transaction when it has none yet. */
export async function ensureScorecard(scope: Scope, institution: Institution, year: number): Promise<AnnualScorecard> {
  const existing = await scope
    .rows(AnnualScorecard, 's')
    .andWhere('s.institution_id = :i AND s.year = :y', { i: institution.id, y: year })
    .setLock('pessimistic_write')
    .getOne();
  if (existing) return existing;
  const template = adoptedAnnualTemplate(institution.regionId, year);
  await scope.em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`scorecard:${institution.id}:${year}`]);
  const again = await scope
    .rows(AnnualScorecard, 's')
    .andWhere('s.institution_id = :i AND s.year = :y', { i: institution.id, y: year })
    .getOne();
  if (again) return again;
  const saved = await scope.em.save(
    scope.em.create(AnnualScorecard, {
      institutionId: institution.id,
      regionId: institution.regionId,
      countyId: institution.countyId,
      year,
      templateId: template.id,
      preparedBy: scope.caller.id,
      total: '0.00',
      deductionPart: '0.00',
      bonusPart: '0.00',
      vetoDeduction: '0.00',
      categories: [],
      facts: {},
      trace: [],
      scoredAt: new Date(),
    }),
  );
  const [scored] = await rescore(scope, [saved]);
  await recordAudit(scope.em, scope.caller, {
    operation: 'create',
    entityType: 'AnnualScorecard',
    entityId: saved.id,
    regionId: saved.regionId,
    after: { ...scored, trace: undefined },
  });
  return scored;
}

/** A locked or submitted scorecard takes no event: CONFLICT with the reason the dashboard translates. */
export function assertOpen(row: AnnualScorecard): void {
  if (row.state === 'open') return;
  const reason = row.state === 'locked' ? 'SCORECARD_LOCKED' : 'SCORECARD_SUBMITTED';
  throw new ConflictError(
    row.state === 'locked' ? '评分表已签发锁定：更正须先经“重新开启”并说明理由' : '评分表已提交复核：须退回后才能再记录',
    undefined,
    { reason, issues: [{ code: reason, path: 'scorecardId' }] },
  );
}

async function regionDistricts(scope: Scope, regionId: string): Promise<{ id: string; name: string }[]> {
  return (await scope.em.find(County, { where: { regionId }, order: { id: 'ASC' } })).map((c) => ({ id: c.id, name: c.name }));
}

/** Check an event against the template, the year and the region's districts; every problem at once. */
export async function refuseBadEvent(scope: Scope, row: AnnualScorecard, event: Partial<RecordedEvent>): Promise<void> {
  const issues = checkRecordedEvent(
    templateOf(row),
    event,
    row.year,
    (await regionDistricts(scope, row.regionId)).map((d) => d.id),
  );
  if (!issues.length) return;
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.path] ??= i.message;
  throw new BadUserInputError(fields, undefined, { reason: issues[0].code, issues: issues.map(({ code, path }) => ({ code, path })) });
}

/** Only the flags the type asks for, as booleans. */
export function typeFlags(row: AnnualScorecard, type: string, given: Record<string, unknown> | null | undefined): Record<string, boolean> {
  const flags = recordableTypes(templateOf(row)).find((t) => t.id === type)?.flags ?? [];
  return Object.fromEntries(flags.filter((f) => typeof given?.[f] === 'boolean').map((f) => [f, given?.[f] as boolean]));
}

function asOfFor(year: number): string {
  const today = todayInChina();
  if (today < `${year}-01-01`) return `${year}-01-01`;
  return today > `${year}-12-31` ? `${year}-12-31` : today;
}

/**
 * Score scorecards from their records (in this transaction) and store the figure with its trace:
 * the events of each, every institution's monthly counts of the region-year (the return-rate mean)
 * and the region's districts. Returns the rows as stored.
 */
export async function rescore(scope: Scope, rows: AnnualScorecard[]): Promise<AnnualScorecard[]> {
  if (!rows.length) return [];
  const { regionId, year } = rows[0];
  const [events, monthly, districts] = await Promise.all([
    scope.em.find(ScorecardEventRow, { where: { scorecardId: In(rows.map((r) => r.id)) }, order: { occurredOn: 'ASC', id: 'ASC' } }),
    scope.em
      .createQueryBuilder(MonthlyCount, 'm')
      .where('m.region_id = :regionId AND m.month BETWEEN :from AND :to', { regionId, from: `${year}-01`, to: `${year}-12` })
      .getMany(),
    regionDistricts(scope, regionId),
  ]);
  const out: AnnualScorecard[] = [];
  for (const row of rows) {
    const scored = scoreInstitutionYear(templateOf(row), {
      institutionId: row.institutionId,
      year: row.year,
      events: events
        .filter((e) => e.scorecardId === row.id && !e.withdrawnAt)
        .map((e) => ({
          type: e.type,
          occurredOn: e.occurredOn,
          count: e.count,
          districtId: e.districtId,
          reportedOn: e.reportedOn,
          flags: e.flags,
        })),
      monthly,
      districts,
      asOf: asOfFor(row.year),
    });
    if (!scored.ok)
      throw new BadUserInputError(Object.fromEntries(scored.issues.map((i) => [i.path, i.message])), undefined, {
        reason: scored.issues[0].code,
        issues: scored.issues.map(({ code, path }) => ({ code, path })),
      });
    const { result, parts, facts } = scored.value;
    const changes = {
      total: parts.total,
      deductionPart: parts.deductionPart,
      bonusPart: parts.bonusPart,
      vetoDeduction: parts.vetoDeduction,
      categories: result.categories.map(({ id, title, kind, max, points, score }) => ({ id, title, kind, max, points, score })),
      facts: { ...facts, deductionMax: parts.deductionMax, bonusMax: parts.bonusMax },
      trace: scored.trace as never,
      scoredAt: new Date(),
    };
    await scope.em.update(AnnualScorecard, { id: row.id }, changes as never);
    out.push({ ...row, ...changes });
  }
  return out;
}

/** Every scorecard of the region-year not yet locked: the mean they are scored against has moved. */
export async function rescoreRegionYear(scope: Scope, regionId: string, year: number): Promise<void> {
  const rows = await scope
    .rows(AnnualScorecard, 's', regionId)
    .andWhere('s.year = :year AND s.state <> :locked', { year, locked: 'locked' })
    .orderBy('s.id')
    .setLock('pessimistic_write')
    .getMany();
  await rescore(scope, rows);
}

/** Insert one event, audited, and rescore its scorecard (already locked by the caller). */
export async function insertEvent(
  scope: Scope,
  row: AnnualScorecard,
  event: Omit<
    ScorecardEventRow,
    | 'id'
    | 'createdAt'
    | 'scorecardId'
    | 'institutionId'
    | 'regionId'
    | 'countyId'
    | 'recordedBy'
    | 'recordedByName'
    | 'withdrawnAt'
    | 'withdrawnByName'
    | 'withdrawnReason'
  >,
): Promise<{ event: ScorecardEventRow; scorecard: AnnualScorecard }> {
  const saved = await scope.em.save(
    scope.em.create(ScorecardEventRow, {
      ...event,
      scorecardId: row.id,
      institutionId: row.institutionId,
      regionId: row.regionId,
      countyId: row.countyId,
      recordedBy: scope.caller.id,
      recordedByName: scope.caller.username,
    }),
  );
  await recordAudit(scope.em, scope.caller, {
    operation: 'create',
    entityType: 'ScorecardEvent',
    entityId: saved.id,
    regionId: row.regionId,
    after: saved,
  });
  const [scorecard] = await rescore(scope, [row]);
  return { event: saved, scorecard };
}
