import type { CareMode } from '../benefits/params.js';
import type { IsoDate } from '../core/dates.js';
import type { GeoPoint } from './declared-record.js';

/** A run of days, `to` inclusive; `to` null while it lasts. */
export interface DateSpan {
  from: IsoDate;
  to: IsoDate | null;
}

/** What the product knows of a claimant that the audit checks a record against. */
export interface ClaimantAuditFacts {
  /** Which of the region's benefit schemes applies (Qinhuangdao art. 31(一) employees, (二) residents). */
  insuredAs: 'employees' | 'residents';
  /** The first day benefits are payable (after the waiting period and the accepted care plan), null if none yet. */
  benefitStart: IsoDate | null;
  death: IsoDate | null;
  /** Admission day to discharge day: both are days in hospital (Qinhuangdao art. 34(三): resumed from the day after discharge). */
  hospitalStays: DateSpan[];
  /** Suspensions other than hospital stays (arrears, art. 34(一); sanctions, art. 69), each with the article that imposed it. */
  suspensions: (DateSpan & { reason: string; citation: string })[];
  /** The accepted care plan of art. 30: its institution, mode and service items. */
  carePlan: { institutionId: string; careMode: CareMode; items: string[] } | null;
  /** Where the claimant lives, when the address has been located. */
  home: GeoPoint | null;
}

export interface InstitutionAuditFacts {
  /** Designated (an agreement in force) on each day it declares for. */
  designated: DateSpan[];
}

/** A carer of the care-institution registry (issue 13 item 2). */
export interface CarerAuditFacts {
  institutionId: string;
  /** The last day the carer's qualification is valid; null when the carer holds none. */
  qualifiedUntil: IsoDate | null;
}

export interface AuditFacts {
  claimants: ReadonlyMap<string, ClaimantAuditFacts>;
  institutions: ReadonlyMap<string, InstitutionAuditFacts>;
  carers: ReadonlyMap<string, CarerAuditFacts>;
}

export function within(day: IsoDate, span: DateSpan): boolean {
  return day >= span.from && (span.to === null || day <= span.to);
}
