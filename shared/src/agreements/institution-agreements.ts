import { type IsoDate, isIsoDate } from '../core/dates.js';
import { Issues, ok, type PolicyResult } from '../core/result.js';
import { shown } from '../core/shown.js';
import { Tracer } from '../core/trace.js';
import { optionalDate, requireDate, requireRecordList, requireText } from '../core/validate.js';
import type { DesignationApplication } from '../institutions/designation-eligibility.js';
import type { Label } from '../rights/roles.js';
import { AGREEMENT_STATES, type AgreementState, TERMINATION_KINDS, type TerminationKind } from './agreement-workflow.js';

/** What the institution-level rules read of each of its agreements. */
export interface AgreementSummary {
  id: string;
  state: AgreementState;
  startDate: IsoDate | null;
  endDate: IsoDate | null;
  terminationKind?: TerminationKind | null;
  /** The day the termination took effect. */
  terminationDate?: IsoDate | null;
}

export type InstitutionAgreementStatus = 'active' | 'suspended' | 'terminated' | 'expired' | 'none';

export const INSTITUTION_AGREEMENT_STATUS_LABELS: Record<InstitutionAgreementStatus, Label> = {
  active: { zh: '正常', en: 'Active' },
  suspended: { zh: '暂停', en: 'Suspended' },
  terminated: { zh: '终止', en: 'Terminated' },
  expired: { zh: '协议到期', en: 'Agreement expired' },
  none: { zh: '无有效协议', en: 'No agreement in force' },
};

export interface InstitutionStatusResult {
  status: InstitutionAgreementStatus;
  /** The agreement that decided it (null for `none`). */
  agreementId: string | null;
}

function validate(agreements: readonly AgreementSummary[], issues: Issues): void {
  if (!Array.isArray(agreements)) {
    issues.add('agreements', 'REQUIRED', 'agreements is required');
    return;
  }
  if (!requireRecordList(issues, 'agreements', agreements as unknown)) return;
  agreements.forEach((a, i) => {
    const at = `agreements.${i}`;
    requireText(issues, `${at}.id`, a.id);
    if (!AGREEMENT_STATES.includes(a?.state)) issues.add(`${at}.state`, 'NOT_ALLOWED', `unknown agreement state ${shown(a?.state)}`);
    optionalDate(issues, `${at}.startDate`, a?.startDate);
    optionalDate(issues, `${at}.endDate`, a?.endDate);
    if (a?.state === 'terminated') {
      if (!TERMINATION_KINDS.includes(a.terminationKind as TerminationKind))
        issues.add(
          `${at}.terminationKind`,
          a.terminationKind == null ? 'REQUIRED' : 'NOT_ALLOWED',
          'a terminated agreement records its kind',
        );
      requireDate(issues, `${at}.terminationDate`, a.terminationDate);
    }
  });
}

/** The state an agreement is in on `asOf`: one in force past its end has expired, whether or not the step was taken. */
function effective(a: AgreementSummary, asOf: IsoDate): { state: AgreementState | 'notStarted'; endedOn: IsoDate | null } {
  if (a.state === 'terminated') return { state: 'terminated', endedOn: a.terminationDate! };
  if (a.state === 'draft') return { state: 'draft', endedOn: null };
  if (a.state === 'expired' || (a.endDate && a.endDate < asOf)) return { state: 'expired', endedOn: a.endDate };
  if (a.startDate && a.startDate > asOf) return { state: 'notStarted', endedOn: null };
  return { state: a.state === 'suspended' ? 'suspended' : 'active', endedOn: null };
}

/**
 * An institution's status, derived from its agreements on `asOf` and never typed (Xinjiang art. 10–11,
 * 24–25): active when one is in force (a pending termination is still in force), else suspended,
 * else how its latest agreement ended, else none.
 */
export function institutionStatusFromAgreements(
  agreements: readonly AgreementSummary[],
  asOf: IsoDate,
): PolicyResult<InstitutionStatusResult> {
  const issues = new Issues();
  requireDate(issues, 'asOf', asOf);
  validate(agreements, issues);
  const bad = issues.result<InstitutionStatusResult>();
  if (bad) return bad;
  const t = new Tracer();
  const states = agreements.map((a) => ({ a, ...effective(a, asOf) }));
  t.step(
    'agreements.effectiveStates',
    'Xinjiang art. 10',
    { asOf, agreements: agreements.map((a) => ({ id: a.id, state: a.state, startDate: a.startDate, endDate: a.endDate })) },
    Object.fromEntries(states.map((s) => [s.a.id, s.state])),
  );
  const inForce = states.find((s) => s.state === 'active') ?? states.find((s) => s.state === 'suspended');
  const ended = states
    .filter((s) => s.endedOn !== null)
    .sort((x, y) => (x.endedOn! < y.endedOn! ? 1 : x.endedOn! > y.endedOn! ? -1 : x.state === 'terminated' ? -1 : 1))[0];
  const decided = inForce ?? ended;
  const value: InstitutionStatusResult = decided
    ? { status: decided.state as InstitutionAgreementStatus, agreementId: decided.a.id }
    : { status: 'none', agreementId: null };
  t.step(
    'agreements.institutionStatus',
    'Xinjiang art. 11, 24–25',
    { inForce: inForce?.a.id ?? null, latestEnded: ended?.a.id ?? null },
    value.status,
    {
      note: 'in force > suspended > the latest ended agreement > none',
    },
  );
  return ok(value, t.steps);
}

export type DesignationBars = Pick<DesignationApplication, 'terminatedForViolationOn' | 'terminatedForSevereBreachOn'>;

const latest = (dates: IsoDate[]) => dates.filter(isIsoDate).sort().at(-1);

/**
 * The dates `checkDesignationEligibility` reads for the Xinjiang art. 12(二)(三) bars: the latest
 * termination for violations (3 years) and for a severe breach (1 year). Spread them into the
 * application; whether the penalty or liability was fully met is the caller's fact.
 */
export function designationBarsFromAgreements(agreements: readonly AgreementSummary[]): PolicyResult<DesignationBars> {
  const issues = new Issues();
  validate(agreements, issues);
  const bad = issues.result<DesignationBars>();
  if (bad) return bad;
  const t = new Tracer();
  const datesOf = (kind: TerminationKind) =>
    agreements.filter((a) => a.state === 'terminated' && a.terminationKind === kind).map((a) => a.terminationDate!);
  const value: DesignationBars = {};
  const violation = t.step(
    'agreements.bars.violation',
    'Xinjiang art. 12(二)',
    { terminatedForViolation: datesOf('violation') },
    latest(datesOf('violation')) ?? null,
  );
  const breach = t.step(
    'agreements.bars.severeBreach',
    'Xinjiang art. 12(三)',
    { terminatedForSevereBreach: datesOf('severe_breach') },
    latest(datesOf('severe_breach')) ?? null,
  );
  if (violation) value.terminatedForViolationOn = violation;
  if (breach) value.terminatedForSevereBreachOn = breach;
  return ok(value, t.steps);
}
