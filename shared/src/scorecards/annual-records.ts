import { type IsoDate, isIsoDate } from '../core/dates.js';
import { D } from '../core/money.js';
import { fail, Issues, ok, type PolicyIssue, type PolicyResult } from '../core/result.js';
import { Tracer } from '../core/trace.js';
import type { Label } from '../rights/roles.js';
import { scoreAnnual } from './annual.js';
import { scoreText } from './points.js';
import type { ScorecardEvent, ScorecardResult, ScorecardScore, ScorecardTemplate } from './template-types.js';

/**
 * Records an inspector keeps through the year that are facts, not points: the template computes
 * from them (Changzhou item 8(3): internal trainings held; item 13(2): a suspension over holidays).
 */
export const ANNUAL_FACT_RECORDS = [
  { id: 'internalTrainingHeld', label: { zh: '开展机构内部培训（次）', en: 'Internal training held' }, citation: 'Changzhou item 8(3)' },
  {
    id: 'holidaySuspension',
    label: { zh: '节假日暂停或拒绝评估（次）', en: 'Assessments suspended or refused over a holiday' },
    citation: 'Changzhou item 13(2)',
  },
] as const satisfies readonly { id: string; label: Label; citation: string }[];

/** Event types that are a 拒单 (refused order) and so carry the district they happened in (Changzhou item 3(1)–(2), 11(1)). */
export const REFUSAL_EVENT_TYPES = ['dispatchRefused', 'reassessmentRefused'] as const;
const REFUSALS: readonly string[] = REFUSAL_EVENT_TYPES;

/** The flag on `extraOrders` by which the inspector attests the city was short of assessment capacity (item 11(2)). */
export const CAPACITY_FLAG = 'cityShortOfAssessmentCapacity';

export type RecordKind = 'event' | 'veto' | 'fact';

/** One type an inspector can record under a template, as the form and the server both read it. */
export interface RecordableType {
  id: string;
  title: string;
  citation: string;
  kind: RecordKind;
  /** Category id, `veto` or `fact`. */
  category: string;
  categoryTitle: string;
  needsDistrict: boolean;
  /** The count is units (e.g. extra orders), not occurrences. */
  countIsUnits: boolean;
  /** Flags the event must state (true/false), e.g. `institutionAtFault`. */
  flags: string[];
  /** Whether a report date matters (items with a "30 日内" deadline). */
  hasDeadline: boolean;
}

/** Every type the template lets an inspector record, in the template's order, then its vetoes and the fact records. */
export function recordableTypes(template: ScorecardTemplate): RecordableType[] {
  const rows: RecordableType[] = [];
  for (const c of template.categories)
    for (const t of c.eventTypes)
      rows.push({
        id: t.id,
        title: t.title,
        citation: t.citation,
        kind: 'event',
        category: c.id,
        categoryTitle: c.title,
        needsDistrict: REFUSALS.includes(t.id),
        countIsUnits: t.points.per === 'unit',
        flags: [...(t.requires ?? []), ...(t.onlyWhen === CAPACITY_FLAG ? [CAPACITY_FLAG] : [])],
        hasDeadline: !!t.deadline,
      });
  for (const v of template.vetoes)
    rows.push({
      ...{ id: v.id, title: v.title, citation: v.citation, kind: 'veto' as const, category: 'veto', categoryTitle: '否决项' },
      ...{ needsDistrict: false, countIsUnits: false, flags: [], hasDeadline: false },
    });
  if (template.id === 'changzhou-annual-2024')
    for (const f of ANNUAL_FACT_RECORDS)
      rows.push({
        ...{ id: f.id, title: f.label.zh, citation: f.citation, kind: 'fact' as const, category: 'fact', categoryTitle: '考核事实' },
        ...{ needsDistrict: false, countIsUnits: true, flags: [], hasDeadline: false },
      });
  return rows;
}

/** One event as recorded: its type from the template, the day, how many, where, the flags it states. */
export interface RecordedEvent {
  type: string;
  occurredOn: IsoDate;
  count: number;
  districtId?: string | null;
  reportedOn?: IsoDate | null;
  flags?: Record<string, boolean> | null;
}

export const MAX_EVENT_COUNT = 10_000;

/**
 * Whether an event can be recorded on the year's scorecard: a type of the template, a date in the
 * assessment year, a whole count ≥ 1, the district where the type needs one (one of the region's),
 * each flag the type needs stated. Every problem at once, each with its code.
 */
export function checkRecordedEvent(
  template: ScorecardTemplate,
  event: Partial<RecordedEvent>,
  year: number,
  districtIds: readonly string[],
): PolicyIssue[] {
  const issues = new Issues();
  const type = recordableTypes(template).find((t) => t.id === event.type);
  if (!type) issues.add('type', 'EVENT_TYPE_NOT_IN_TEMPLATE', `事项类型不在考核模板中：${String(event.type ?? '')}`);
  if (!isIsoDate(event.occurredOn)) issues.add('occurredOn', 'INVALID_DATE', '发生日期格式应为 YYYY-MM-DD');
  else if (Number(event.occurredOn.slice(0, 4)) !== year)
    issues.add('occurredOn', 'EVENT_OUTSIDE_YEAR', `发生日期不在考核年度 ${year} 年内`);
  const count = event.count;
  if (typeof count !== 'number' || !Number.isInteger(count)) issues.add('count', 'REQUIRED', '次数应为整数');
  else if (count < 0) issues.add('count', 'NEGATIVE_COUNT', '次数不能为负数');
  else if (count === 0 || count > MAX_EVENT_COUNT) issues.add('count', 'OUT_OF_RANGE', `次数应在 1 至 ${MAX_EVENT_COUNT} 之间`);
  if (event.reportedOn != null) {
    if (!isIsoDate(event.reportedOn)) issues.add('reportedOn', 'INVALID_DATE', '申报日期格式应为 YYYY-MM-DD');
    else if (isIsoDate(event.occurredOn) && event.reportedOn < event.occurredOn)
      issues.add('reportedOn', 'OUT_OF_RANGE', '申报日期不能早于发生日期');
  }
  if (type?.needsDistrict) {
    if (!event.districtId) issues.add('districtId', 'DISTRICT_REQUIRED', '拒单须注明发生的县区（常州评分标准第十一项(1)）');
    else if (!districtIds.includes(event.districtId)) issues.add('districtId', 'NOT_ALLOWED', `县区不属于本统筹地区：${event.districtId}`);
  } else if (event.districtId && !districtIds.includes(event.districtId))
    issues.add('districtId', 'NOT_ALLOWED', `县区不属于本统筹地区：${event.districtId}`);
  for (const flag of type?.flags ?? [])
    if (typeof event.flags?.[flag] !== 'boolean') issues.add(`flags.${flag}`, 'REQUIRED', `请说明：${flag}`);
  return issues.list;
}

/** One institution's month: orders submitted and returned on review (item 4(5)), people surveyed and satisfied (item 10). */
export interface MonthlyCountRecord {
  institutionId: string;
  month: string;
  submitted: number;
  returned: number;
  surveyed: number;
  satisfied: number;
}

/** Whether a month's counts can be stored: whole numbers ≥ 0, returned ≤ submitted, satisfied ≤ surveyed. */
export function checkMonthlyCount(row: Partial<MonthlyCountRecord>): PolicyIssue[] {
  const issues = new Issues();
  if (typeof row.month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(row.month))
    issues.add('month', 'INVALID_DATE', '月份格式应为 YYYY-MM');
  for (const key of ['submitted', 'returned', 'surveyed', 'satisfied'] as const) {
    const v = row[key];
    if (typeof v !== 'number' || !Number.isInteger(v)) issues.add(key, 'REQUIRED', `${key} 应为整数`);
    else if (v < 0) issues.add(key, 'NEGATIVE_COUNT', `${key} 不能为负数`);
    else if (v > 1_000_000) issues.add(key, 'OUT_OF_RANGE', `${key} 过大`);
  }
  if (issues.empty && row.returned! > row.submitted!)
    issues.add('returned', 'OUT_OF_RANGE', '退单数不能超过提交数（常州评分标准第四项(5)）');
  if (issues.empty && row.satisfied! > row.surveyed!)
    issues.add('satisfied', 'OUT_OF_RANGE', '满意人数不能超过调查人数（常州评分标准第十项）');
  return issues.list;
}

export interface InstitutionYearRecords {
  institutionId: string;
  year: number;
  /** The institution's events of the year (withdrawn ones left out). */
  events: RecordedEvent[];
  /** Every institution's monthly counts in the region that year: the return-rate mean reads them all. */
  monthly: MonthlyCountRecord[];
  /** The region's areas (its counties and districts). */
  districts: readonly { id: string; name: string }[];
  /** The day the running score is judged from (unreported changes of item 1); default 31 December. */
  asOf?: IsoDate;
}

/** The two parts of an annual score and its total (issue 10 item 7): the deduction categories, the bonus categories, the vetoes. */
export interface AnnualParts {
  deductionPart: ScorecardScore;
  deductionMax: ScorecardScore;
  bonusPart: ScorecardScore;
  bonusMax: ScorecardScore;
  vetoDeduction: ScorecardScore;
  total: ScorecardScore;
}

export interface InstitutionYearScore {
  result: ScorecardResult;
  parts: AnnualParts;
  /** The facts computed from the records, as the template read them. */
  facts: {
    returned: number;
    submitted: number;
    satisfactionRate: string | null;
    districtsWithRefusal: string[];
    districtsWithoutRefusal: number;
    internalTrainingsHeld: number;
    noHolidaySuspension: boolean;
  };
}

export function annualParts(result: ScorecardResult): AnnualParts {
  const sum = (kind: 'deduction' | 'award', key: 'score' | 'max') =>
    scoreText(result.categories.filter((c) => c.kind === kind).reduce((acc, c) => acc.plus(c[key]), new D(0)));
  return {
    deductionPart: sum('deduction', 'score'),
    deductionMax: sum('deduction', 'max'),
    bonusPart: sum('award', 'score'),
    bonusMax: sum('award', 'max'),
    vetoDeduction: result.vetoDeduction,
    total: result.total,
  };
}

/**
 * An institution's year scored from its records (Changzhou 2024 template or another the region
 * adopts): the facts the template computes are derived here, never typed — the return rate from
 * every institution's monthly counts (item 4(5)), satisfaction from the surveys (item 10), the
 * areas served without a 拒单 from the refusal events' districts (item 11(1)) — then `scoreAnnual`.
 */
export function scoreInstitutionYear(template: ScorecardTemplate, records: InstitutionYearRecords): PolicyResult<InstitutionYearScore> {
  const known = new Set(recordableTypes(template).map((t) => t.id));
  const bad = records.events.flatMap((e, i) =>
    checkRecordedEvent(
      template,
      e,
      records.year,
      records.districts.map((d) => d.id),
    ).map((x) => ({ ...x, path: `events.${i}.${x.path}` })),
  );
  if (bad.length) return fail(bad);
  const t = new Tracer();
  const byType = (id: string) => records.events.filter((e) => e.type === id);
  const total = (id: string) => byType(id).reduce((n, e) => n + e.count, 0);

  const perInstitution = new Map<string, { returned: number; submitted: number }>();
  let surveyed = 0;
  let satisfied = 0;
  for (const m of records.monthly) {
    if (!m.month.startsWith(`${records.year}-`)) continue;
    const row = perInstitution.get(m.institutionId) ?? { returned: 0, submitted: 0 };
    row.returned += m.returned;
    row.submitted += m.submitted;
    perInstitution.set(m.institutionId, row);
    if (m.institutionId === records.institutionId) {
      surveyed += m.surveyed;
      satisfied += m.satisfied;
    }
  }
  if (!perInstitution.has(records.institutionId)) perInstitution.set(records.institutionId, { returned: 0, submitted: 0 });
  const returnRates = [...perInstitution].map(([institutionId, r]) => ({ institutionId, ...r }));
  const own = perInstitution.get(records.institutionId)!;
  t.step(
    'annual.records.returnRates',
    'Changzhou item 4(5); policy-rules §6: the average is the mean of the region’s institutions, computed from their monthly counts',
    { institutions: returnRates.length, own },
    returnRates.length,
    { note: '各机构当年逐月提交数与退单数合计' },
  );

  // Truncation to 8 places keeps a rate on the side of a band boundary it is on (0.85 is exact).
  const rate = surveyed > 0 ? new D(satisfied).dividedBy(surveyed).toDecimalPlaces(8, D.ROUND_DOWN).toFixed() : null;
  t.step('annual.records.satisfaction', 'Changzhou item 10', { surveyed, satisfied }, rate ?? 'no survey', {
    ...(rate ? {} : { note: 'Product rule: no survey recorded yet, no deduction until one is' }),
  });

  const refused = new Set(records.events.filter((e) => REFUSALS.includes(e.type) && e.districtId).map((e) => e.districtId as string));
  const withRefusal = records.districts.filter((d) => refused.has(d.id)).map((d) => d.name);
  const withoutRefusal = records.districts.length - withRefusal.length;
  // Changzhou names four areas; a region's own areas count "all of them" as the four (Interpretation).
  const fact = records.districts.length === 0 ? 0 : Math.max(0, 4 - withRefusal.length);
  t.step(
    'annual.records.districts',
    'Changzhou item 11(1): an area with a 拒单 does not count',
    { areas: records.districts.length, withRefusal, withoutRefusal },
    fact,
    {
      interpretation:
        'districtsScale=allAreasAsFour: every area served without a 拒单 counts as the four areas; each area with one, one fewer',
    },
  );

  const trainings = total('internalTrainingHeld');
  const holiday = total('holidaySuspension');
  const capacity = byType('extraOrders');
  const events: ScorecardEvent[] = [];
  for (const e of records.events) {
    if (!known.has(e.type) || e.type === 'internalTrainingHeld' || e.type === 'holidaySuspension') continue;
    const type = template.categories.flatMap((c) => c.eventTypes).find((x) => x.id === e.type);
    const flags = type?.requires?.length ? Object.fromEntries(type.requires.map((f) => [f, e.flags?.[f] === true])) : undefined;
    const base: ScorecardEvent = {
      type: e.type,
      occurredOn: e.occurredOn,
      ...(e.reportedOn ? { reportedOn: e.reportedOn } : {}),
      ...(flags ? { flags } : {}),
    };
    if (type?.points.per === 'unit') events.push({ ...base, units: e.count });
    else for (let i = 0; i < e.count; i++) events.push(base);
  }
  const scored = scoreAnnual(
    {
      institutionId: records.institutionId,
      year: records.year,
      events,
      returnRates,
      satisfactionRate: rate ?? '1',
      districtsServedWithoutRefusal: fact,
      internalTrainingsHeld: trainings,
      noHolidaySuspension: holiday === 0,
      // Product rule: extra orders count only when every one recorded attests the shortage (item 11(2)).
      ...(capacity.length ? { cityShortOfAssessmentCapacity: capacity.every((e) => e.flags?.[CAPACITY_FLAG] === true) } : {}),
      asOf: records.asOf ?? `${records.year}-12-31`,
    },
    template,
  );
  if (!scored.ok) return scored;
  const parts = annualParts(scored.value);
  t.step('annual.parts', 'Changzhou: items 1–10 deduct, items 11–13 add, items 14–18 veto', { ...parts }, parts.total);
  return ok(
    {
      result: scored.value,
      parts,
      facts: {
        ...own,
        satisfactionRate: rate,
        districtsWithRefusal: withRefusal,
        districtsWithoutRefusal: withoutRefusal,
        internalTrainingsHeld: trainings,
        noHolidaySuspension: holiday === 0,
      },
    },
    [...t.steps.slice(0, 3), ...scored.trace, ...t.steps.slice(3)],
  );
}
