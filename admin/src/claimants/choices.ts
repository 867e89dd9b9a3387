import { CONTRIBUTION_CATEGORIES, CONTRIBUTION_STATUSES, ELIGIBILITY_STATUSES, HARDSHIP_GROUPS, PARENT_CATEGORIES } from '@ltci/shared';
import type { TraceStepLike } from '../common/TraceDrawer';
import { enumChoices } from '../domain';

export const categoryChoices = enumChoices(CONTRIBUTION_CATEGORIES, 'enums.InsuredCategory');
export const parentCategoryChoices = enumChoices(PARENT_CATEGORIES, 'enums.InsuredCategory');
export const hardshipChoices = enumChoices(HARDSHIP_GROUPS, 'enums.HardshipGroup');
export const eligibilityChoices = enumChoices(ELIGIBILITY_STATUSES, 'enums.EligibilityStatus');
export const contributionStatusChoices = enumChoices(CONTRIBUTION_STATUSES, 'enums.ContributionStatus');
export const sexChoices = enumChoices(['male', 'female'], 'enums.Sex');

export interface EligibilityView {
  status: string;
  asOf: string;
  waitingEnd: string | null;
  suspendedBecause: string[];
  since: string | null;
  validUntil: string | null;
  issues: { path: string; code: string; message: string }[];
  trace: TraceStepLike[];
}

export interface ClaimantRecord {
  id: string;
  name: string;
  idNumber: string;
  phone: string | null;
  regionId: string;
  countyId: string | null;
  category: string;
  version: number;
  deathDate: string | null;
  eligibility?: EligibilityView;
  contributions?: { id: string; month: string; status: string; amount: string; arrivedOn: string | null; source: string }[];
  hospitalStays?: { id: string; hospital: string; admittedOn: string; dischargedOn: string | null }[];
}
