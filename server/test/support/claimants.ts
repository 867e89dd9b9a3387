import { residentIdCheckChar } from '@ltci/shared';

let serial = 100;
/**
 * A fresh identity number: division, birth date, a 3-digit sequence (odd: a man, even: a woman),
 * and the GB 11643 check character computed by the shared rule (its own tests check it by hand).
 */
export function newResidentId(birth = '19500315', division = '130302', male = true): string {
  serial += 2;
  const seq = String((serial % 998) + (male ? 1 : 0)).padStart(3, '0');
  const first17 = `${division}${birth}${seq.slice(-3)}`;
  return first17 + residentIdCheckChar(first17);
}

export const CLAIMANT_FIELDS = 'id name idNumber phone birthDate sex category regionId countyId eligibilityStatus version';

export const CREATE_CLAIMANT = `mutation ($regionId: ID!, $name: String, $idNumber: String, $phone: String, $category: InsuredCategory,
  $countyId: ID, $hardshipGroup: HardshipGroup, $parentsCategory: InsuredCategory, $guardianName: String) {
  createClaimant(regionId: $regionId, name: $name, idNumber: $idNumber, phone: $phone, category: $category, countyId: $countyId,
    hardshipGroup: $hardshipGroup, parentsCategory: $parentsCategory, guardianName: $guardianName) { ${CLAIMANT_FIELDS} } }`;

export const RECORD_CONTRIBUTION = `mutation ($c: ID!, $m: String!, $s: ContributionStatus!, $a: String!, $d: String) {
  recordClaimantContribution(claimantId: $c, month: $m, status: $s, amount: $a, arrivedOn: $d) { id month status amount arrivedOn } }`;

export const REVEAL =
  'mutation ($id: ID!, $f: RevealField!, $r: String!) { revealClaimant(id: $id, field: $f, reason: $r) { field value } }';

export const ELIGIBILITY = `query ($id: ID!, $asOf: String) { Claimant(id: $id) { id eligibilityStatus
  eligibility(asOf: $asOf) { status asOf waitingEnd suspendedBecause since validUntil issues { code path } trace { rule citation output } } } }`;

/** Variables of a valid registration in Qinhuangdao's Haigang district. */
export const claimantVars = (over: Record<string, unknown> = {}) => ({
  regionId: 'qinhuangdao',
  countyId: 'qhd-haigang',
  name: '王秀英',
  idNumber: newResidentId(),
  phone: '13812345678',
  category: 'retiree',
  ...over,
});
