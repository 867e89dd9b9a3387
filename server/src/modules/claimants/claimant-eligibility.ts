import {
  type ClaimantSanctionFact,
  type ContributionMonth,
  claimantEligibility,
  type PolicyIssue,
  type WaitingExemption,
} from '@ltci/shared';
import type { Scope } from '../../common/scope.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { Claimant, type ClaimantEligibilityView } from './claimant.entity.js';
import { ClaimantContribution, HospitalStay } from './claimant-records.entity.js';
import { ClaimantSanction } from './sanction.entity.js';

type Facts = Pick<Claimant, 'regionId' | 'category' | 'hardshipGroup' | 'deathDate' | 'insuredSince'>;

/**
 * The status on `asOf` by the region's pack of that day: hardship-subsidised people are exempt from
 * the waiting period (Qinhuangdao art. 14 ¶1: "困难群体资助对象").
 */
export async function eligibilityOf(
  scope: Scope,
  policyData: PolicyDataService,
  claimant: Facts,
  contributions: readonly Pick<ClaimantContribution, 'month' | 'status' | 'amount' | 'arrivedOn'>[],
  stays: readonly Pick<HospitalStay, 'admittedOn' | 'dischargedOn'>[],
  asOf: string,
  sanctions: readonly ClaimantSanctionFact[] = [],
): Promise<ClaimantEligibilityView> {
  const pack = await policyData.packIn(scope, claimant.regionId, asOf);
  const empty = { asOf, waitingEnd: null, suspendedBecause: [], since: null, validUntil: null };
  if (!pack.ok) return { ...empty, status: 'undetermined', issues: pack.issues, trace: [] };
  const exemptions: WaitingExemption[] = claimant.hardshipGroup ? ['hardshipSubsidised'] : [];
  const result = claimantEligibility(
    {
      category: claimant.category,
      contributions: contributions.map(
        (c) => ({ month: c.month, status: c.status, amount: c.amount, arrivedOn: c.arrivedOn }) as ContributionMonth,
      ),
      hospitalStays: stays.map((s) => ({ admittedOn: s.admittedOn, dischargedOn: s.dischargedOn })),
      deathDate: claimant.deathDate,
      exemptions,
      insuredSince: claimant.insuredSince,
      sanctions,
      asOf,
    },
    pack.value.eligibility,
  );
  if (!result.ok) return { ...empty, status: 'undetermined', issues: result.issues as PolicyIssue[], trace: [] };
  return { ...result.value, asOf, trace: result.trace };
}

/** Recompute and store a claimant's status (after any change to what it reads, or once a known date has passed). */
export async function refreshEligibility(scope: Scope, policyData: PolicyDataService, claimant: Claimant, asOf: string): Promise<Claimant> {
  const contributions = await scope.em.find(ClaimantContribution, { where: { claimantId: claimant.id }, order: { month: 'ASC' } });
  const stays = await scope.em.find(HospitalStay, { where: { claimantId: claimant.id }, order: { admittedOn: 'ASC' } });
  const view = await eligibilityOf(scope, policyData, claimant, contributions, stays, asOf, await sanctionsOf(scope, claimant.id));
  const fields = {
    eligibilityStatus: view.status,
    eligibilitySince: view.since,
    eligibilityWaitingEnd: view.waitingEnd,
    eligibilitySuspended: view.suspendedBecause,
    eligibilityValidUntil: view.validUntil,
    eligibilityAsOf: asOf,
    eligibilityIssues: view.issues,
    eligibilityTrace: view.trace,
  };
  await scope.em.update(Claimant, { id: claimant.id }, fields as never);
  return Object.assign(claimant, fields);
}

/** The stored status as the field shows it. */
export function storedEligibility(c: Claimant): ClaimantEligibilityView {
  return {
    status: c.eligibilityStatus,
    asOf: c.eligibilityAsOf ?? '',
    waitingEnd: c.eligibilityWaitingEnd,
    suspendedBecause: c.eligibilitySuspended,
    since: c.eligibilitySince,
    validUntil: c.eligibilityValidUntil,
    issues: c.eligibilityIssues,
    trace: c.eligibilityTrace,
  };
}

/** The sanctions put in force on a claimant (approved; reinstated ones with their reinstatement), as the status reads them (Qinhuangdao art. 69, 71). */
export async function sanctionsOf(scope: Scope, claimantId: string): Promise<ClaimantSanctionFact[]> {
  const rows = await scope
    .rows(ClaimantSanction, 's')
    .andWhere("s.claimant_id = :c AND s.state IN ('inForce', 'reinstated')", { c: claimantId })
    .orderBy('s.starts_on', 'ASC')
    .getMany();
  return rows.map((s) => ({ kind: s.kind, startsOn: s.startsOn, endsOn: s.endsOn, reinstatedOn: s.reinstatedOn }));
}
