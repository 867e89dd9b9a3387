import type {
  BenefitParams,
  ClaimantMonthFacts,
  DeclaredRecord,
  InstitutionSubtype,
  InsuredCategory,
  IsoMonth,
  Money,
  SettlementRecord,
} from '@ltci/shared';
import { addDays, consecutiveYears, firstDayOf, hasAnnualCap, lastDayOf } from '@ltci/shared';
import type { EntityManager } from 'typeorm';

/** Where a run reads: its region, its county (null: the city-level institutions) and its month. */
export interface RunPlace {
  regionId: string;
  countyId: string | null;
  month: IsoMonth;
}

/** `d` (service_declarations) of the run's place; `$1` region, `$2` month, `$3` county or null. */
export const PLACE_SQL = 'd.region_id = $1 AND d.month = $2 AND d.county_id IS NOT DISTINCT FROM $3';
export const placeParams = (p: RunPlace) => [p.regionId, p.month, p.countyId];

/** Qinhuangdao art. 30 / Product rule: the grade is the conclusion's the accepted plan rests on; a plan recorded without one is settled at the lowest qualifying grade. */
export const GRADE_CITATION =
  'Qinhuangdao art. 30; Product rule: a care plan recorded without its conclusion’s grade is settled at the lowest qualifying grade';

const SUBTYPES: readonly string[] = ['medical', 'integrated', 'elderly'];

/** The collection categories the quote knows (a flexible retiree is a retiree; an orphan has the residents' standard, art. 31(2) ¶2). */
export function insuredCategory(category: string): InsuredCategory {
  if (category === 'flexibleRetiree') return 'retiree';
  if (category === 'orphan') return 'resident';
  return category as InsuredCategory;
}

/** What a run's chunk needs besides the records: the benefits, and the per-capita income of the annual caps (null: none set). */
export interface RunParams {
  benefits: BenefitParams;
  perCapitaIncome: Money | null;
}

export interface ChunkInput {
  facts: ClaimantMonthFacts;
  records: SettlementRecord[];
}

/**
 * A chunk of claimants' month, read set-based (one statement per table, whatever the chunk's size):
 * their confirmed records with lines and the decisions on their flags, their care plan in force,
 * their hospital stays.
 */
export async function loadChunk(em: EntityManager, place: RunPlace, claimantIds: string[], run: RunParams): Promise<ChunkInput[]> {
  const params = run.benefits;
  const monthStart = firstDayOf(place.month);
  const monthEnd = lastDayOf(place.month);
  const records: RecordRow[] = await em.query(
    `SELECT r.id, r.key, r.kind, r.claimant_id, r.institution_id, r.items, r.billed_amount::text AS billed,
            to_char(r.start_at, 'YYYY-MM-DD"T"HH24:MI') AS start_at, to_char(r.end_at, 'YYYY-MM-DD"T"HH24:MI') AS end_at,
            r.from_date::text AS from_date, r.to_date::text AS to_date,
            coalesce((SELECT jsonb_agg(jsonb_build_object('category', l.category, 'amount', l.amount::text) ORDER BY l.line_no)
                        FROM declared_record_lines l WHERE l.record_id = r.id), '[]') AS lines,
            f.undecided, f.refused, f.reduced::text AS reduced, f.reasons, f.decided
       FROM declared_records r JOIN service_declarations d ON d.id = r.declaration_id
       LEFT JOIN LATERAL (
         SELECT count(*) FILTER (WHERE a.severity = 'blocking' AND a.decision IS NULL)::int AS undecided,
                bool_or(a.decision = 'refuse') AS refused,
                min(a.decided_amount) FILTER (WHERE a.decision = 'reduce') AS reduced,
                string_agg(a.decision_reason, '；' ORDER BY a.decided_at, a.id) FILTER (WHERE a.decision IS NOT NULL) AS reasons,
                bool_or(a.decision IS NOT NULL) AS decided
           FROM audit_flags a WHERE a.record_id = r.id) f ON true
      WHERE ${PLACE_SQL} AND d.state = 'confirmed' AND r.claimant_id = ANY($4)
      ORDER BY r.claimant_id, r.key`,
    [...placeParams(place), claimantIds],
  );
  const claimants: ClaimantRow[] = await em.query(
    `SELECT c.id, c.category, c.death_date::text AS death_date, c.eligibility_waiting_end::text AS waiting_end,
            p.care_mode, p.institution_subtype, p.grade, coalesce(p.benefits_from, p.start_date)::text AS plan_start, p.end_date::text AS plan_end,
            coalesce((SELECT jsonb_agg(jsonb_build_object('from', h.admitted_on::text, 'to', h.discharged_on::text) ORDER BY h.admitted_on)
                        FROM claimant_hospital_stays h
                       WHERE h.claimant_id = c.id AND h.admitted_on <= $3 AND (h.discharged_on IS NULL OR h.discharged_on >= $2)), '[]') AS stays
       FROM claimants c
       LEFT JOIN LATERAL (
         SELECT p.*, i.care_subtype AS institution_subtype FROM care_plans p JOIN institutions i ON i.id = p.institution_id
          WHERE p.claimant_id = c.id AND p.state IN ('accepted', 'ended')
            AND p.start_date <= $3 AND (p.end_date IS NULL OR p.end_date >= $2)
          ORDER BY p.start_date DESC, p.id LIMIT 1) p ON true
      WHERE c.id = ANY($1)`,
    [claimantIds, monthStart, monthEnd],
  );
  const annual = await annualCapFacts(em, place, claimants, run);
  const byClaimant = new Map<string, SettlementRecord[]>();
  for (const r of records) {
    const list = byClaimant.get(r.claimant_id) ?? [];
    list.push(toSettlementRecord(r));
    byClaimant.set(r.claimant_id, list);
  }
  const lowest = params.qualifyingGrades[0];
  return claimants.map((c) => {
    const list = byClaimant.get(c.id) ?? [];
    const starts = [c.plan_start, c.waiting_end].filter((d): d is string => !!d).sort();
    const facts: ClaimantMonthFacts = {
      claimantId: c.id,
      insuredCategory: insuredCategory(c.category),
      grade: (c.grade ?? lowest) as ClaimantMonthFacts['grade'],
      careMode: (c.care_mode ?? 'institution') as ClaimantMonthFacts['careMode'],
      // art. 31(1)1 names three kinds of institution; any other is paid the lowest of them (the elderly-care standard)
      institutionSubtype: SUBTYPES.includes(c.institution_subtype ?? '') ? (c.institution_subtype as InstitutionSubtype) : 'elderly',
      // Qinhuangdao art. 30: care is paid from the accepted plan's start; no plan: no day carries benefits
      benefitStart: c.care_mode ? (starts.at(-1) ?? null) : null,
      death: c.death_date,
      hospitalStays: c.stays.map((s) => ({ from: s.from, to: s.to })),
      // a plan that ends in the month: no benefits after its end (art. 30)
      suspensions: c.plan_end && c.plan_end < monthEnd ? [{ from: addDays(c.plan_end, 1), to: null }] : [],
      ...annual.get(c.id),
    };
    return { facts, records: list };
  });
}

/**
 * The annual caps' facts of a chunk's claimants (Tumxuk §5(三); Qinhuangdao art. 31(2)), one
 * statement each whatever the chunk's size: what the fund paid each of them in the year's earlier
 * months (the lines of every run of the year not returned, so that a month not yet approved still
 * counts against the cap it will be paid within), the per-capita income of the pack in force, and
 * for Tumxuk residents the consecutive years of contributions up to the month's year (§5(五)).
 */
async function annualCapFacts(
  em: EntityManager,
  place: RunPlace,
  claimants: readonly ClaimantRow[],
  run: RunParams,
): Promise<Map<string, Partial<ClaimantMonthFacts>>> {
  const out = new Map<string, Partial<ClaimantMonthFacts>>();
  const capped = claimants.filter((c) => hasAnnualCap(insuredCategory(c.category), run.benefits)).map((c) => c.id);
  if (!capped.length) return out;
  const year = place.month.slice(0, 4);
  const paid: { claimant_id: string; paid: string }[] = await em.query(
    `SELECT l.claimant_id, sum(l.fund_amount)::numeric(14,2)::text AS paid
       FROM settlement_lines l JOIN settlement_runs r ON r.id = l.run_id
      WHERE l.claimant_id = ANY($1) AND l.month >= $2 AND l.month < $3 AND r.kind = 'care' AND r.state <> 'returned'
      GROUP BY l.claimant_id`,
    [capped, `${year}-01`, place.month],
  );
  const paidBy = new Map(paid.map((p) => [p.claimant_id, p.paid]));
  const cappedSet = new Set(capped);
  const residents = run.benefits.residentBonus
    ? claimants.filter((c) => cappedSet.has(c.id) && insuredCategory(c.category) === 'resident').map((c) => c.id)
    : [];
  const residentSet = new Set(residents);
  const years = new Map<string, number[]>();
  if (residents.length)
    for (const r of (await em.query(
      `SELECT claimant_id, array_agg(DISTINCT left(month, 4)::int) AS years FROM claimant_contributions
        WHERE claimant_id = ANY($1) AND status IN ('paid', 'backPaid') AND month <= $2 GROUP BY claimant_id`,
      [residents, place.month],
    )) as { claimant_id: string; years: number[] }[])
      years.set(r.claimant_id, r.years);
  for (const id of capped) {
    const facts: Partial<ClaimantMonthFacts> = {};
    if (run.perCapitaIncome !== null) facts.annualCap = { perCapitaIncome: run.perCapitaIncome, paidYearToDate: paidBy.get(id) ?? '0.00' };
    if (residentSet.has(id)) facts.consecutiveContributionYears = consecutiveYears(years.get(id) ?? [], Number(year));
    out.set(id, facts);
  }
  return out;
}

interface RecordRow {
  id: string;
  key: string;
  kind: 'homeVisit' | 'careDays';
  claimant_id: string;
  institution_id: string;
  items: string[];
  billed: string;
  start_at: string | null;
  end_at: string | null;
  from_date: string | null;
  to_date: string | null;
  lines: { category: string; amount: string }[];
  undecided: number | null;
  refused: boolean | null;
  reduced: string | null;
  reasons: string | null;
  decided: boolean | null;
}

interface ClaimantRow {
  id: string;
  category: string;
  death_date: string | null;
  waiting_end: string | null;
  care_mode: string | null;
  grade: number | null;
  institution_subtype: string | null;
  plan_start: string | null;
  plan_end: string | null;
  stays: { from: string; to: string | null }[];
}

function toSettlementRecord(r: RecordRow): SettlementRecord {
  const lines = (r.lines.length ? r.lines : [{ category: 'care', amount: r.billed }]) as DeclaredRecord['lines'];
  const base = { key: r.key, claimantId: r.claimant_id, institutionId: r.institution_id, items: r.items, lines };
  const record: DeclaredRecord =
    r.kind === 'homeVisit'
      ? { ...base, kind: 'homeVisit', carerId: '', start: r.start_at!, end: r.end_at! }
      : { ...base, kind: 'careDays', from: r.from_date!, to: r.to_date!, carerIds: [] };
  const reason = r.reasons ?? '';
  const review = !r.decided
    ? null
    : r.refused
      ? { decision: 'refuse' as const, reason }
      : r.reduced !== null
        ? { decision: 'reduce' as const, amount: r.reduced, reason }
        : { decision: 'pay' as const, reason };
  return { record, review, undecidedBlocking: r.undecided ?? 0 };
}
