import type { IsoDate } from '../core/dates.js';

/** Groups exempt from the waiting period (Qinhuangdao art. 14 ¶1, Tumxuk §5(五)). */
export type WaitingExemption = 'newborn' | 'hardshipSubsidised' | 'veteran' | 'specialGroup';

export const WAITING_EXEMPTIONS: readonly WaitingExemption[] = ['newborn', 'hardshipSubsidised', 'veteran', 'specialGroup'];

/** When a change takes effect: the day after it, or the first day of the next month. */
export type ChangeEffective = 'nextDay' | 'nextMonth';

export interface EligibilityParams {
  /** Citation prefix of the region's document. */
  source: string;
  /** The day each group's scheme starts; its year is the "launch year" of the group. */
  launch: { employees: IsoDate; residents: IsoDate };
  waitingMonths: number;
  /**
   * **Interpretation** (Qinhuangdao art. 14 ¶2): `true` (default) — every employee and flexible worker,
   * launch-year ones included, gets benefits from the 7th month of contributions arriving;
   * `false` — only those ¶1 puts in a waiting period. Tumxuk has no such rule: `false`.
   */
  waitingFromFirstArrival: boolean;
  /** Product rule: the waiting months count from the first day of the arrival month (arrival in M → benefits from M+6). */
  waitingCountsFrom: 'arrivalMonth' | 'arrivalDate';
  exemptions: WaitingExemption[];
  /** Flexible worker in arrears longer than this (and below retirement age) is treated as newly insured; `null` = no such rule. */
  flexibleArrearsNewEnrolmentMonths: number | null;
  /** Qinhuangdao art. 14 ¶3: a resident's waiting period lengthens with the years of the break. */
  residentWaitingExtendsWithBreak: boolean;
  /** Months added per year of break. Not stated by the document: no default → PARAMETER_MISSING when needed. */
  residentExtensionMonthsPerBreakYear: number | null;

  /** First benefits after a severe conclusion: Qinhuangdao art. 28 `nextMonth`; Tumxuk **Interpretation** `nextDay` (§5(四)). */
  firstGradeStart: ChangeEffective;
  /** A new severe grade for someone already receiving benefits. */
  newGradeEffective: ChangeEffective;
  careModeChange: ChangeEffective;
  /** Tumxuk §5(四) is silent on a change of institution: **Interpretation** `likeModeChange` (default) or `nextMonth`. */
  institutionChange: ChangeEffective | 'likeModeChange';
  /** Change of insured category (Tumxuk §5(四): next month); `null` = not stated → PARAMETER_MISSING when it happens. */
  categoryChange: ChangeEffective | null;
  /** Qinhuangdao art. 34(3): the day after discharge; Tumxuk §5(四): the discharge day. */
  resumeAfterHospital: 'dischargeDay' | 'dayAfterDischarge';
  /** Qinhuangdao art. 14, 34(1): suspended from the month after arrears begin, resumed the month after the back-payment arrives; `null` = not stated. */
  arrears: 'nextMonth' | null;
  /** Qinhuangdao art. 30: services are paid only once a care plan is accepted. */
  carePlanRequired: boolean;
  /** Citations of each rule, since the articles differ by region. */
  citations: {
    waiting: string;
    waitingFromArrival: string;
    flexibleArrears: string;
    residentBreak: string;
    start: string;
    newGrade: string;
    notSevere: string;
    death: string;
    hospital: string;
    arrears: string;
    careChange: string;
    categoryChange: string;
    carePlan: string;
    workInjury: string;
    sanction: string;
    reinstatement: string;
  };
}

export const qinhuangdaoEligibilityParams: EligibilityParams = {
  source: 'Qinhuangdao',
  // art. 75, art. 3(二): employees from 2026-07-01, residents from 2027
  launch: { employees: '2026-07-01', residents: '2027-01-01' },
  waitingMonths: 6,
  waitingFromFirstArrival: true,
  waitingCountsFrom: 'arrivalMonth',
  // art. 14 ¶1: "除新生儿、困难群体资助对象等特殊情形外"
  exemptions: ['newborn', 'hardshipSubsidised', 'specialGroup'],
  flexibleArrearsNewEnrolmentMonths: 6,
  residentWaitingExtendsWithBreak: true,
  residentExtensionMonthsPerBreakYear: null,
  firstGradeStart: 'nextMonth',
  // art. 28 names no exception for a later severe conclusion: "自出具评估结论书次月起"
  newGradeEffective: 'nextMonth',
  careModeChange: 'nextMonth',
  institutionChange: 'nextMonth',
  categoryChange: null,
  resumeAfterHospital: 'dayAfterDischarge',
  arrears: 'nextMonth',
  carePlanRequired: true,
  citations: {
    waiting: 'Qinhuangdao art. 14 ¶1',
    waitingFromArrival: 'Qinhuangdao art. 14 ¶2',
    flexibleArrears: 'Qinhuangdao art. 14 ¶2',
    residentBreak: 'Qinhuangdao art. 14 ¶3',
    start: 'Qinhuangdao art. 28',
    newGrade: 'Qinhuangdao art. 28',
    notSevere: 'Qinhuangdao art. 34(4)',
    death: 'Qinhuangdao art. 34(5)',
    hospital: 'Qinhuangdao art. 34(3)',
    arrears: 'Qinhuangdao art. 34(1)',
    careChange: 'Qinhuangdao art. 34(2)',
    categoryChange: 'Qinhuangdao art. 34',
    carePlan: 'Qinhuangdao art. 30',
    workInjury: 'Qinhuangdao art. 33(1)',
    sanction: 'Qinhuangdao art. 69',
    reinstatement: 'Qinhuangdao art. 71',
  },
};

export const tumxukEligibilityParams: EligibilityParams = {
  source: 'Tumxuk',
  // preamble and closing paragraph: employees from 2026-09-01; §2: residents from 2027
  launch: { employees: '2026-09-01', residents: '2027-01-01' },
  waitingMonths: 6,
  waitingFromFirstArrival: false,
  waitingCountsFrom: 'arrivalMonth',
  // §5(五): "除新生儿、退役军人等特殊群体外"
  exemptions: ['newborn', 'veteran', 'specialGroup'],
  flexibleArrearsNewEnrolmentMonths: null,
  residentWaitingExtendsWithBreak: false,
  residentExtensionMonthsPerBreakYear: null,
  firstGradeStart: 'nextDay',
  newGradeEffective: 'nextDay',
  careModeChange: 'nextDay',
  institutionChange: 'likeModeChange',
  categoryChange: 'nextMonth',
  resumeAfterHospital: 'dischargeDay',
  arrears: null,
  carePlanRequired: false,
  citations: {
    waiting: 'Tumxuk §5(五)',
    waitingFromArrival: 'Tumxuk §5(五)',
    flexibleArrears: 'Tumxuk §5(五)',
    residentBreak: 'Tumxuk §5(五)',
    start: 'Tumxuk §5(四)',
    newGrade: 'Tumxuk §5(四)',
    notSevere: 'Tumxuk §5(四)',
    death: 'Tumxuk §5(四)',
    hospital: 'Tumxuk §5(四)',
    arrears: 'Tumxuk §4',
    careChange: 'Tumxuk §5(四)',
    categoryChange: 'Tumxuk §5(四)',
    carePlan: 'Tumxuk §5(二)',
    workInjury: 'Tumxuk §5(六)',
    sanction: 'Tumxuk §6(四)',
    reinstatement: 'Tumxuk §6(四)',
  },
};
