import { compileBenefitParams } from '../benefits/compile-params.js';
import type { BenefitParams, HomeVisitRule } from '../benefits/params.js';
import { addDays, type IsoDate } from '../core/dates.js';
import { D, sumMoney } from '../core/money.js';
import type { EligibilityParams } from '../eligibility/params.js';
import { type AuditFacts, type ClaimantAuditFacts, within } from './audit-facts.js';
import { type DeclaredRecord, type DeclaredVisit, daysOf, type GeoPoint, minutesOf } from './declared-record.js';
import type { SettlementParams, SmartAuditRule } from './params.js';

/** One rule's hit on one record: what it found, in numbers a reviewer can check. */
export interface AuditHit {
  recordKey: string;
  rule: SmartAuditRule;
  citation: string;
  message: string;
  evidence: Record<string, unknown>;
}

export interface AuditContext {
  records: readonly DeclaredRecord[];
  facts: AuditFacts;
  settlement: SettlementParams;
  benefits: BenefitParams;
  eligibility: EligibilityParams;
}

const productRule = (settlement: SettlementParams) => `Product rule (${settlement.smartAudit.citation} 智能审核)`;

export function homeVisitRule(benefits: BenefitParams, claimant: ClaimantAuditFacts | undefined): HomeVisitRule | null {
  const scheme = claimant ? benefits[claimant.insuredAs] : null;
  return scheme?.kind === 'monthlyCap' ? scheme.home : null;
}

const visits = (records: readonly DeclaredRecord[]) => records.filter((r): r is DeclaredVisit => r.kind === 'homeVisit');
const byStart = (a: DeclaredVisit, b: DeclaredVisit) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

/** Great-circle distance in metres (haversine, mean Earth radius). */
export function metresBetween(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** Qinhuangdao art. 31(1)3: each home visit lasts 120 minutes. */
function visitTooShort({ records, facts, benefits }: AuditContext): AuditHit[] {
  return visits(records).flatMap((v) => {
    const rule = homeVisitRule(benefits, facts.claimants.get(v.claimantId));
    const minutes = (minutesOf(v.end) ?? 0) - (minutesOf(v.start) ?? 0);
    if (!rule || minutes >= rule.minMinutes) return [];
    const message = `上门服务 ${minutes} 分钟，不足 ${rule.minMinutes} 分钟 (visit of ${minutes} min, under ${rule.minMinutes})`;
    return [
      { recordKey: v.key, rule: 'VISIT_TOO_SHORT', citation: rule.citation, message, evidence: { minutes, minMinutes: rule.minMinutes } },
    ];
  });
}

/** Qinhuangdao art. 31(1)3: 10 visits a month; the visits after the tenth, in time order, are over the count. */
function visitsOverMonthlyCount({ records, facts, benefits }: AuditContext): AuditHit[] {
  return [...groupBy(visits(records), (v) => v.claimantId)].flatMap(([claimantId, list]) => {
    const rule = homeVisitRule(benefits, facts.claimants.get(claimantId));
    if (!rule) return [];
    return [...list]
      .sort(byStart)
      .slice(rule.visitsPerMonth)
      .map((v, i) => ({
        recordKey: v.key,
        rule: 'VISITS_OVER_MONTHLY_COUNT' as const,
        citation: rule.citation,
        message: `本月第 ${rule.visitsPerMonth + i + 1} 次上门，超过每月 ${rule.visitsPerMonth} 次 (visit ${rule.visitsPerMonth + i + 1} of the month, over ${rule.visitsPerMonth})`,
        evidence: { visitNumber: rule.visitsPerMonth + i + 1, visitsPerMonth: rule.visitsPerMonth },
      }));
  });
}

/** Qinhuangdao art. 31(1)3 "原则上不能连续两日进行护理": the later of two visits on consecutive days, whoever made the first. */
function consecutiveDayVisit({ records, facts, benefits }: AuditContext): AuditHit[] {
  return [...groupBy(visits(records), (v) => v.claimantId)].flatMap(([claimantId, list]) => {
    const rule = homeVisitRule(benefits, facts.claimants.get(claimantId));
    if (!rule) return [];
    const days = new Set(list.map((v) => v.start.slice(0, 10)));
    return list
      .filter((v) => days.has(addDays(v.start.slice(0, 10), -1)))
      .map((v) => ({
        recordKey: v.key,
        rule: 'CONSECUTIVE_DAY_VISIT' as const,
        citation: rule.consecutiveDaysCitation,
        message: `${v.start.slice(0, 10)} 的上门护理与前一日连续，原则上不允许 (visit on the day after another)`,
        evidence: { day: v.start.slice(0, 10), previousDay: addDays(v.start.slice(0, 10), -1) },
      }));
  });
}

/** The claimant-state rules: each names the days of the record it cannot pay and why. */
function claimantState({ records, facts, eligibility, benefits }: AuditContext): AuditHit[] {
  const cite = eligibility.citations;
  // Qinhuangdao art. 34(三) resumes the day after discharge, Tumxuk §5(四) on the discharge day itself
  const lastHospitalDay = (to: IsoDate | null) => (to && eligibility.resumeAfterHospital === 'dischargeDay' ? addDays(to, -1) : to);
  const hospitalCitation = [benefits.exclusions.hospitalStay, cite.hospital].filter(Boolean).join('; ');
  const startCitation = eligibility.carePlanRequired ? `${cite.waiting}; ${cite.carePlan}` : cite.waiting;
  const hits: AuditHit[] = [];
  for (const r of records) {
    const c = facts.claimants.get(r.claimantId);
    if (!c) continue;
    const days = daysOf(r);
    const hit = (rule: SmartAuditRule, citation: string, hitDays: IsoDate[], zh: string, en: string, extra = {}) => {
      if (hitDays.length)
        hits.push({
          recordKey: r.key,
          rule,
          citation,
          message: `${zh} (${en}): ${hitDays.join(', ')}`,
          evidence: { days: hitDays, ...extra },
        });
    };
    const stays = days.filter((d) =>
      c.hospitalStays.some((s) => d >= s.from && (s.to === null || d <= (lastHospitalDay(s.to) as IsoDate))),
    );
    hit('CARE_DURING_HOSPITAL_STAY', hospitalCitation, stays, '住院期间的护理', 'care during a hospital stay');
    hit(
      'CARE_AFTER_DEATH',
      cite.death,
      c.death ? days.filter((d) => d > (c.death as IsoDate)) : [],
      '死亡次日起待遇终止',
      'care after death',
      {
        death: c.death,
      },
    );
    const early = c.benefitStart ? days.filter((d) => d < (c.benefitStart as IsoDate)) : days;
    hit('CARE_BEFORE_BENEFIT_START', startCitation, early, '待遇开始之前的护理', 'care before the benefit start', {
      benefitStart: c.benefitStart,
    });
    for (const s of c.suspensions)
      hit(
        'CARE_UNDER_SUSPENSION',
        s.citation,
        days.filter((d) => within(d, s)),
        `待遇暂停期间（${s.reason}）的护理`,
        'care under a suspension',
        {
          suspension: s,
        },
      );
  }
  return hits;
}

/** Qinhuangdao art. 30 (where the region requires a plan): care follows the accepted plan — its institution and its items; art. 33(四): only at a designated provider. */
function planAndDesignation({ records, facts, eligibility, benefits, settlement }: AuditContext): AuditHit[] {
  const plan$ = eligibility.citations.carePlan;
  const hits: AuditHit[] = [];
  for (const r of records) {
    const plan = facts.claimants.get(r.claimantId)?.carePlan;
    if (plan && plan.institutionId !== r.institutionId)
      hits.push({
        recordKey: r.key,
        rule: 'PROVIDER_OUTSIDE_CARE_PLAN',
        citation: plan$,
        message: '申报机构不是护理计划备案的服务机构 (the declaring institution is not the care plan’s)',
        evidence: { planInstitution: plan.institutionId, declaredBy: r.institutionId },
      });
    const outside = plan ? r.items.filter((item) => !plan.items.includes(item)) : [];
    if (outside.length)
      hits.push({
        recordKey: r.key,
        rule: 'ITEM_OUTSIDE_CARE_PLAN',
        citation: plan$,
        message: `服务项目不在护理计划内 (items outside the care plan): ${outside.join(', ')}`,
        evidence: { items: outside, planItems: plan?.items },
      });
    const designation = facts.institutions.get(r.institutionId)?.designated ?? [];
    const undesignated = daysOf(r).filter((d) => !designation.some((span) => within(d, span)));
    if (undesignated.length)
      hits.push({
        recordKey: r.key,
        rule: 'PROVIDER_NOT_DESIGNATED',
        citation: benefits.exclusions.nonDesignated ?? productRule(settlement),
        message: `服务日不在定点协议有效期内 (days outside the institution’s designation): ${undesignated.join(', ')}`,
        evidence: { days: undesignated },
      });
  }
  return hits;
}

/** Qinhuangdao art. 33; Tumxuk §5(二): bed, meals and the other costs the fund never pays. */
function excludedCost({ records, benefits }: AuditContext): AuditHit[] {
  return records.flatMap((r) => {
    const excluded = r.lines.map((line, index) => ({ ...line, index })).filter((line) => benefits.exclusions[line.category]);
    return excluded.map((line) => ({
      recordKey: r.key,
      rule: 'EXCLUDED_COST' as const,
      citation: benefits.exclusions[line.category] as string,
      message: `基金不予支付的费用 ${line.category} ${line.amount} (a cost the fund never pays)`,
      evidence: { line: line.index, category: line.category, amount: line.amount },
    }));
  });
}

/** Qinhuangdao art. 55: institutions declare their carers; a carer outside the registry or without a valid qualification is flagged. */
function carerRegistry({ records, facts, settlement }: AuditContext): AuditHit[] {
  const hits: AuditHit[] = [];
  for (const r of records) {
    const carerIds = r.kind === 'homeVisit' ? [r.carerId] : r.carerIds;
    const lastDay = daysOf(r).at(-1) as IsoDate;
    for (const carerId of carerIds) {
      const carer = facts.carers.get(carerId);
      if (!carer || carer.institutionId !== r.institutionId)
        hits.push({
          recordKey: r.key,
          rule: 'CARER_UNREGISTERED',
          citation: settlement.citation,
          message: `护理人员 ${carerId} 未在本机构登记 (carer not in the institution’s registry)`,
          evidence: { carerId },
        });
      else if (!carer.qualifiedUntil || carer.qualifiedUntil < lastDay)
        hits.push({
          recordKey: r.key,
          rule: 'CARER_UNQUALIFIED',
          citation: `${productRule(settlement)}; ${settlement.citation}`,
          message: `护理人员 ${carerId} 无有效资质 (carer without a valid qualification on ${lastDay})`,
          evidence: { carerId, qualifiedUntil: carer.qualifiedUntil, serviceDay: lastDay },
        });
    }
  }
  return hits;
}

/** Product rule: one carer cannot be in two visits at once, nor cover the distance between two visits faster than the threshold. */
function carerTimeAndPlace({ records, settlement }: AuditContext): AuditHit[] {
  const hits: AuditHit[] = [];
  const { carerMaxKmPerHour } = settlement.smartAudit;
  for (const list of groupBy(visits(records), (v) => v.carerId).values()) {
    const sorted = [...list].sort(byStart);
    for (let i = 1; i < sorted.length; i++) {
      const [before, after] = [sorted[i - 1], sorted[i]];
      const gap = (minutesOf(after.start) ?? 0) - (minutesOf(before.end) ?? 0);
      if (gap < 0) {
        hits.push({
          recordKey: after.key,
          rule: 'CARER_DOUBLE_BOOKED',
          citation: productRule(settlement),
          message: `护理人员 ${after.carerId} 同一时间在两处服务 (one carer in two visits at once): ${before.key}`,
          evidence: { carerId: after.carerId, otherRecord: before.key, overlapMinutes: -gap },
        });
        continue;
      }
      if (!before.checkIn || !after.checkIn) continue;
      const km = metresBetween(before.checkIn, after.checkIn) / 1000;
      // a gap of 0 minutes between distinct places is infinitely fast
      const kmPerHour = gap === 0 ? Number.POSITIVE_INFINITY : km / (gap / 60);
      if (km > 0.5 && kmPerHour > carerMaxKmPerHour)
        hits.push({
          recordKey: after.key,
          rule: 'CARER_TRAVEL_TOO_FAST',
          citation: productRule(settlement),
          message: `两次上门相距 ${km.toFixed(1)} 公里，仅间隔 ${gap} 分钟 (${km.toFixed(1)} km in ${gap} min)`,
          evidence: { carerId: after.carerId, otherRecord: before.key, km: Number(km.toFixed(2)), gapMinutes: gap, carerMaxKmPerHour },
        });
    }
  }
  return hits;
}

/** Product rule: a home visit checks in at the claimant's home. */
function checkInPlace({ records, facts, settlement }: AuditContext): AuditHit[] {
  const { checkInMaxMeters } = settlement.smartAudit;
  return visits(records).flatMap((v): AuditHit[] => {
    const home = facts.claimants.get(v.claimantId)?.home;
    if (!v.checkIn)
      return [
        {
          recordKey: v.key,
          rule: 'CHECK_IN_MISSING',
          citation: productRule(settlement),
          message: '上门服务没有签到定位 (no check-in location)',
          evidence: {},
        },
      ];
    const metres = home ? Math.round(metresBetween(v.checkIn, home)) : 0;
    if (metres <= checkInMaxMeters) return [];
    return [
      {
        recordKey: v.key,
        rule: 'CHECK_IN_FAR_FROM_HOME',
        citation: productRule(settlement),
        message: `签到位置距参保人住址 ${metres} 米，超过 ${checkInMaxMeters} 米 (check-in ${metres} m from the home)`,
        evidence: { metres, checkInMaxMeters },
      },
    ];
  });
}

/**
 * Qinhuangdao art. 31(1)3: the fund pays a visit at most cap ÷ visits (1100 ÷ 10 = 110), the amount
 * the quote pays (`compileBenefitParams`); more billed for care is the claimant's.
 */
function visitAmountOverCap({ records, facts, benefits }: AuditContext): AuditHit[] {
  const compiled = compileBenefitParams(benefits);
  const perVisit = Array.isArray(compiled) ? null : compiled.home;
  if (!perVisit) return [];
  return visits(records).flatMap((v): AuditHit[] => {
    const rule = homeVisitRule(benefits, facts.claimants.get(v.claimantId));
    if (!rule) return [];
    const billed = sumMoney(v.lines.filter((l) => !benefits.exclusions[l.category]).map((l) => l.amount));
    if (new D(billed).lte(perVisit.perVisit)) return [];
    return [
      {
        recordKey: v.key,
        rule: 'VISIT_AMOUNT_OVER_CAP',
        citation: rule.citation,
        message: `单次上门费用 ${billed} 超过每次支付标准 ${perVisit.perVisitText} (billed over the per-visit payment)`,
        evidence: { billed, perVisit: perVisit.perVisitText },
      },
    ];
  });
}

/** Every rule of the audit, in the order its flags are listed. */
export const AUDIT_CHECKS: readonly ((context: AuditContext) => AuditHit[])[] = [
  visitTooShort,
  visitsOverMonthlyCount,
  consecutiveDayVisit,
  claimantState,
  planAndDesignation,
  excludedCost,
  carerRegistry,
  carerTimeAndPlace,
  checkInPlace,
  visitAmountOverCap,
];
