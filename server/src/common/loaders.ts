import { type GraphQLResolveInfo, Kind } from 'graphql';
import type { DataSource } from 'typeorm';
import { createAgreementLoaders } from '../modules/agreements/agreement.loaders.js';
import { createApplicationLoaders } from '../modules/assessments/application.loaders.js';
import { createCarePlanLoaders } from '../modules/care-plans/care-plan.loaders.js';
import { createClaimantLoaders } from '../modules/claimants/claimant.loaders.js';
import { createDeclarationLoaders } from '../modules/declarations/declaration.loaders.js';
import { createDesignationLoaders } from '../modules/designations/designation.loaders.js';
import { createFundLoaders } from '../modules/fund/fund.loaders.js';
import { createInstitutionLoaders } from '../modules/institutions/institution.loaders.js';
import { createStaffLoaders } from '../modules/institutions/staff.loaders.js';
import { createPolicyChangeLoaders } from '../modules/policy/policy-change.loaders.js';
import { createRegionLoaders } from '../modules/regions/region.loaders.js';
import { createScorecardLoaders } from '../modules/scorecards/scorecard.loaders.js';
import { createSettlementLoaders } from '../modules/settlement/settlement.loaders.js';
import { createSupervisionLoaders } from '../modules/supervision/supervision.loaders.js';
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
    ...createSupervisionLoaders(dataSource),
    ...createStaffLoaders(dataSource),
    ...createApplicationLoaders(dataSource),
    ...createCarePlanLoaders(dataSource),
    ...createSettlementLoaders(dataSource),
    ...createDeclarationLoaders(dataSource),
    ...createDesignationLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * A related record named by an id on the row: when the query asks nothing of it but its `id` (the
 * dashboard's lists ask `region { id }`), the row's id answers, with no statement; otherwise the
 * request's loader batches it. `null` id: no record.
 */
export function related<T>(
  info: GraphQLResolveInfo,
  id: string | null | undefined,
  load: (id: string) => Promise<T | undefined>,
): Promise<T | null> | T | null {
  if (!id) return null;
  if (asksOnlyId(info)) return { id } as T;
  return load(id).then((row) => row ?? null);
}

function asksOnlyId(info: GraphQLResolveInfo): boolean {
  return info.fieldNodes.every((node) =>
    (node.selectionSet?.selections ?? []).every(
      (s) => s.kind === Kind.FIELD && (s.name.value === 'id' || s.name.value === '__typename') && !s.directives?.length,
    ),
  );
}
