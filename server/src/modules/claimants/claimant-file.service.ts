import { type BenefitParams, firstDayOf, type GuardianCover, isIsoMonth, isMoney, type QuotedPlan, quoteClaimantMonth } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import { MAX_PER_PAGE } from '../../common/list-args.js';
import { todayInChina } from '../../common/today.js';
import { calculation, policyInputError } from '../calculators/calculation.js';
import type { Calculation } from '../calculators/calculation.types.js';
import { CarePlan } from '../care-plans/care-plan.entity.js';
import { isRemote } from '../care-plans/care-plan.facts.js';
import { Institution } from '../institutions/institution.entity.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { Claimant } from './claimant.entity.js';
import { sanctionsOf } from './claimant-eligibility.js';
import type { ClaimantMonthQuoteArgs, ClaimantTimelineArgs } from './claimant-file.args.js';
import { HospitalStay } from './claimant-records.entity.js';

export interface TimelineRow {
  kind: string;
  record_id: string;
  resource: string;
  on_date: string;
  state: string;
  title: string;
  institution_id: string | null;
}

/**
 * One file per person (一人一档, Qinhuangdao art. 64): every record of a claimant in one timeline,
 * unioned and paged in SQL; and a month's benefit quote from the claimant's own records.
 */
export class ClaimantFileService {
  constructor(
    private readonly db: Db,
    private readonly policyData: PolicyDataService,
  ) {}

  /** A month's quote: the days the claimant's benefits are payable under an accepted plan, priced by the region's pack of that month. */
  monthQuote(caller: Caller, args: ClaimantMonthQuoteArgs): Promise<Calculation> {
    if (!isIsoMonth(args.month))
      throw new BadUserInputError({ month: '月份格式应为 YYYY-MM (month YYYY-MM)' }, undefined, { reason: 'INVALID_DATE' });
    for (const [k, v] of Object.entries({
      billedCare: args.billedCare,
      visitPrice: args.visitPrice,
      perCapitaIncome: args.perCapitaIncome,
    }))
      if (v != null && (!isMoney(v) || v.startsWith('-')))
        throw new BadUserInputError({ [k]: '金额应为非负数，最多两位小数 (amount)' }, undefined, { reason: 'INVALID_AMOUNT' });
    return this.db.read(caller, async (scope) => {
      const claimant = await scope.one(Claimant, args.claimantId);
      const pack = await this.policyData.packIn(scope, claimant.regionId, firstDayOf(args.month));
      if (!pack.ok) throw policyInputError(pack.issues);
      const plans = await scope
        .rows(CarePlan, 'p')
        .andWhere("p.claimant_id = :c AND p.state IN ('accepted', 'ended') AND p.benefits_from IS NOT NULL", { c: claimant.id })
        .orderBy('p.benefits_from', 'ASC')
        .addOrderBy('p.id', 'ASC')
        .getMany();
      const institutions = plans.length
        ? await scope
            .rows(Institution, 'i')
            .andWhere('i.id IN (:...ids)', { ids: [...new Set(plans.map((p) => p.institutionId))] })
            .getMany()
        : [];
      const subtype = new Map(institutions.map((i) => [i.id, i.careSubtype]));
      const stays = await scope.em.find(HospitalStay, { where: { claimantId: claimant.id }, order: { admittedOn: 'ASC' } });
      const basis =
        [...plans].reverse().find((p) => p.grade !== null && p.benefitsFrom && p.benefitsFrom <= `${args.month}-31`) ?? plans[0];
      const notSevere = plans.find((p) => p.endCause === 'notSevere');
      const quoted: QuotedPlan[] = plans.map((p) => {
        const s = subtype.get(p.institutionId);
        return {
          id: p.id,
          careMode: p.careMode,
          institution: p.institutionId,
          ...(s && s !== 'other' && p.careMode === 'institution' ? { institutionSubtype: s } : {}),
          frequencyPerWeek: p.frequencyPerWeek,
          benefitsFrom: p.benefitsFrom as string,
          lastDay: p.endDate,
        };
      });
      const result = quoteClaimantMonth(
        {
          month: args.month,
          category: claimant.category,
          grade: basis?.grade ?? null,
          conclusionOn: plans.find((p) => p.conclusionOn)?.conclusionOn ?? null,
          plans: quoted,
          hospitalStays: stays.map((s) => ({ admittedOn: s.admittedOn, dischargedOn: s.dischargedOn })),
          sanctions: await sanctionsOf(scope, claimant.id),
          deathDate: claimant.deathDate,
          notSevereOn: notSevere?.endDate ?? null,
          ...(args.billedCare != null ? { billedCare: args.billedCare } : {}),
          ...(args.visitPrice != null ? { visitPrice: args.visitPrice } : {}),
          ...(args.perCapitaIncome != null ? { annualCap: { perCapitaIncome: args.perCapitaIncome, paidYearToDate: '0.00' } } : {}),
          ...(args.consecutiveContributionYears != null ? { consecutiveContributionYears: args.consecutiveContributionYears } : {}),
          ...(args.guardianCover ? { guardianCover: args.guardianCover as GuardianCover } : {}),
          remoteArea: await isRemote(scope, claimant.countyId),
        },
        pack.value.eligibility,
        pack.value.benefits as BenefitParams,
      );
      const value = calculation(result);
      return { value: value.value, trace: [...pack.trace, ...value.trace] };
    });
  }

  timeline(caller: Caller, args: ClaimantTimelineArgs): Promise<TimelineRow[]> {
    const perPage = args.perPage ?? 50;
    const page = args.page ?? 0;
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE || !Number.isInteger(page) || page < 0)
      throw new BadUserInputError({ perPage: `每页条数应在 1 到 ${MAX_PER_PAGE} 之间，页码不能为负数` });
    return this.db.read(caller, async (scope) => {
      const claimant = await scope.one(Claimant, args.claimantId);
      return scope.em.query(`${TIMELINE} ORDER BY on_date DESC, kind, record_id LIMIT $3 OFFSET $4`, [
        claimant.id,
        todayInChina(),
        perPage,
        page * perPage,
      ]);
    });
  }

  timelineCount(caller: Caller, claimantId: string): Promise<number> {
    return this.db.read(caller, async (scope) => {
      const claimant = await scope.one(Claimant, claimantId);
      const [row] = await scope.em.query(`SELECT count(*)::int AS n FROM (${TIMELINE}) t`, [claimant.id, todayInChina()]);
      return row.n as number;
    });
  }
}

/**
 * Every source of a claimant's file, one row per record (a month of benefits per accepted plan's
 * month, up to today's; the benefits paid, per paid settlement and institution), each by its own index on (claimant_id, date). `$1` the claimant reached
 * through Scope, `$2` today.
 */
const TIMELINE = `
  SELECT * FROM (
    SELECT 'contribution' AS kind, c.id::text AS record_id, 'ClaimantContribution' AS resource, to_char(to_date(c.month, 'YYYY-MM'), 'YYYY-MM-DD') AS on_date,
           c.status AS state, c.month || ' ' || c.amount::text AS title, NULL::text AS institution_id
      FROM claimant_contributions c WHERE c.claimant_id = $1
    UNION ALL
    SELECT 'application', a.id::text, 'AssessmentApplication', a.applied_on::text, a.state, a.kind, NULL FROM assessment_applications a WHERE a.claimant_id = $1
    UNION ALL
    SELECT 'carePlan', p.id::text, 'CarePlan', COALESCE(p.benefits_from, p.start_date)::text, p.state, p.care_mode, p.institution_id::text
      FROM care_plans p WHERE p.claimant_id = $1
    UNION ALL
    SELECT 'benefitMonth', p.id::text || '/' || to_char(m, 'YYYY-MM'), 'CarePlan', to_char(m, 'YYYY-MM-DD'), p.state, to_char(m, 'YYYY-MM'), p.institution_id::text
      FROM care_plans p
      CROSS JOIN LATERAL generate_series(date_trunc('month', p.benefits_from), date_trunc('month', LEAST(COALESCE(p.end_date, $2::date), $2::date)), interval '1 month') m
     WHERE p.claimant_id = $1 AND p.benefits_from IS NOT NULL AND p.state IN ('accepted', 'ended')
    UNION ALL
    -- benefits paid (Qinhuangdao art. 32, 54): the claimant's lines of a paid care settlement, read only (settlement_lines_claimant)
    SELECT 'benefitPaid', l.run_id::text || '/' || l.institution_id::text, 'SettlementRun',
           to_char(COALESCE(r.paid_at, r.updated_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), 'benefitPaid',
           l.month || ' · ' || l.fund_amount::text, l.institution_id::text
      FROM settlement_lines l JOIN settlement_runs r ON r.id = l.run_id
     WHERE l.claimant_id = $1 AND r.kind = 'care' AND r.state = 'paid'
    UNION ALL
    SELECT 'hospitalStay', s.id::text, 'HospitalStay', s.admitted_on::text, CASE WHEN s.discharged_on IS NULL THEN 'inHospital' ELSE 'discharged' END,
           s.hospital, NULL FROM claimant_hospital_stays s WHERE s.claimant_id = $1
    UNION ALL
    SELECT 'sanction', x.id::text, 'ClaimantSanction', x.starts_on::text, x.state, x.kind, NULL FROM claimant_sanctions x WHERE x.claimant_id = $1
    UNION ALL
    SELECT 'complaint', k.id::text, 'Complaint', k.received_on::text, k.state, k.kind, k.institution_id::text FROM complaints k WHERE k.claimant_id = $1
    UNION ALL
    SELECT 'death', d.id::text, 'Claimant', d.death_date::text, 'death', '', NULL FROM claimants d WHERE d.id = $1 AND d.death_date IS NOT NULL
  ) t`;
