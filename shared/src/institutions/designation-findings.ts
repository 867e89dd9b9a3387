import type { IsoDate } from '../core/dates.js';
import { Tracer } from '../core/trace.js';
import type { Label } from '../rights/roles.js';
import type { DesignationApplication } from './designation-eligibility.js';

/**
 * What the agency has found against an institution, recorded with the day it was found and, for the
 * ones that end, the day they ended. Art. 12 and art. 21 read them; they are never typed into an
 * application.
 */
export const FINDING_KINDS = ['forgery', 'investigation', 'dishonestListed', 'penaltyOutstanding', 'liabilityOutstanding'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FINDING_KIND_LABELS: Record<FindingKind, Label & { citation: string }> = {
  forgery: { zh: '伪造、篡改申请材料', en: 'Forged or altered application materials', citation: 'Xinjiang art. 12(1)' },
  investigation: { zh: '涉嫌违法违规，有关部门正在调查、处理', en: 'Under investigation', citation: 'Xinjiang art. 12(5), 21' },
  dishonestListed: {
    zh: '法定代表人、主要负责人或实际控制人被列入失信人名单',
    en: 'Controlling person on the dishonest-persons list',
    citation: 'Xinjiang art. 12(4)',
  },
  penaltyOutstanding: { zh: '行政处罚法律责任未完全履行', en: 'Administrative penalty not fully served', citation: 'Xinjiang art. 12(2)' },
  liabilityOutstanding: { zh: '违约责任未完全履行', en: 'Breach liability not fully met', citation: 'Xinjiang art. 12(3)' },
};

export interface RecordedFinding {
  kind: FindingKind;
  foundOn: IsoDate;
  /** The day it ended (investigation closed, penalty served, delisted); forgery never ends. */
  closedOn: IsoDate | null;
}

export type HistoryFacts = Pick<
  DesignationApplication,
  'forgeryDiscoveredOn' | 'violationPenaltyFulfilled' | 'breachLiabilityFulfilled' | 'dishonestListed' | 'underInvestigation'
>;

/**
 * The art. 12(1), (2)–(3) fulfilment, (4) and (5) facts of an application, read from the findings as
 * they stand on `asOf`: the latest forgery found, and whether a penalty, a liability, a listing or an
 * investigation is still open.
 */
export function historyFactsFromFindings(
  findings: readonly RecordedFinding[],
  asOf: IsoDate,
): { value: HistoryFacts; trace: Tracer['steps'] } {
  const t = new Tracer();
  const open = (kind: FindingKind) => findings.some((f) => f.kind === kind && f.foundOn <= asOf && (!f.closedOn || f.closedOn > asOf));
  const forgeries = findings
    .filter((f) => f.kind === 'forgery' && f.foundOn <= asOf)
    .map((f) => f.foundOn)
    .sort();
  const value: HistoryFacts = {
    forgeryDiscoveredOn: forgeries.at(-1),
    violationPenaltyFulfilled: !open('penaltyOutstanding'),
    breachLiabilityFulfilled: !open('liabilityOutstanding'),
    dishonestListed: open('dishonestListed'),
    underInvestigation: open('investigation'),
  };
  t.step(
    'institutions.designation.history',
    'Xinjiang art. 12(1)–(5)',
    { findings: findings.map((f) => ({ kind: f.kind, foundOn: f.foundOn, closedOn: f.closedOn })), asOf },
    value,
  );
  return { value, trace: t.steps };
}
