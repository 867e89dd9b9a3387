import type { DataSource } from 'typeorm';
import { createAgreementLoaders } from '../modules/agreements/agreement.loaders.js';
import { createApplicationLoaders } from '../modules/assessments/application.loaders.js';
import { createCarePlanLoaders } from '../modules/care-plans/care-plan.loaders.js';
import { createClaimantLoaders } from '../modules/claimants/claimant.loaders.js';
import { createFundLoaders } from '../modules/fund/fund.loaders.js';
import { createInstitutionLoaders } from '../modules/institutions/institution.loaders.js';
import { createStaffLoaders } from '../modules/institutions/staff.loaders.js';
import { createPolicyChangeLoaders } from '../modules/policy/policy-change.loaders.js';
import { createRegionLoaders } from '../modules/regions/region.loaders.js';
import { createScorecardLoaders } from '../modules/scorecards/scorecard.loaders.js';
import { createTpaLoaders } from '../modules/tpa/tpa.loaders.js';
import { createUserLoaders } from '../modules/users/user.loaders.js';

/** One fresh set per request, so batching never leaks rows between callers. */
export function createLoaders(dataSource: DataSource) {
  return {
    ...createRegionLoaders(dataSource),
    ...createInstitutionLoaders(dataSource),
    ...createAgreementLoaders(dataSource),
    ...createPolicyChangeLoaders(dataSource),
    ...createFundLoaders(dataSource),
    ...createUserLoaders(dataSource),
    ...createTpaLoaders(dataSource),
    ...createClaimantLoaders(dataSource),
    ...createScorecardLoaders(dataSource),
    ...createStaffLoaders(dataSource),
    ...createApplicationLoaders(dataSource),
    ...createCarePlanLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
