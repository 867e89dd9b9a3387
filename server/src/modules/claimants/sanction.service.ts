import {
  SANCTION_WORKFLOW,
  type SanctionAction,
  type SanctionFacts,
  type SanctionKind,
  type SanctionState,
  sanctionIssues,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { todayInChina } from '../../common/today.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { recordAudit } from '../audit/audit.service.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { Claimant } from './claimant.entity.js';
import { refreshEligibility } from './claimant-eligibility.js';
import {
  type CreateSanctionArgs,
  SANCTION_SORT,
  type SanctionFilter,
  type SanctionListArgs,
  type TransitionSanctionArgs,
} from './sanction.args.js';
import { ClaimantSanction } from './sanction.entity.js';

const ENTITY = 'ClaimantSanction';

/** Sanctions on claimants (Qinhuangdao art. 69, 71): proposed with the violation, approved by a second officer, lifted on a new application. */
export class SanctionService {
  private readonly reads: ScopedReads<ClaimantSanction, SanctionFilter, SortFieldOf<typeof SANCTION_SORT>>;

  constructor(
    private readonly db: Db,
    private readonly policyData: PolicyDataService,
  ) {
    this.reads = new ScopedReads(db, ClaimantSanction, filtered, SANCTION_SORT);
  }

  list(caller: Caller, args: SanctionListArgs): Promise<ClaimantSanction[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: SanctionFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<ClaimantSanction> {
    return this.reads.get(caller, id);
  }

  create(caller: Caller, args: CreateSanctionArgs): Promise<ClaimantSanction> {
    return this.db.write(caller, 'createClaimantSanction', async (scope) => {
      const issues = sanctionIssues(args);
      if (issues.length) {
        const fields: Record<string, string> = {};
        for (const i of issues) fields[i.path] ??= i.message;
        throw new BadUserInputError(fields, undefined, {
          reason: issues[0].code,
          issues: issues.map(({ code, path }) => ({ code, path })),
        });
      }
      const claimant = await scope.one(Claimant, args.claimantId);
      scope.assertPlace(claimant.regionId, claimant.countyId);
      const open = await scope
        .rows(ClaimantSanction, 's')
        .andWhere("s.claimant_id = :c AND s.state IN ('proposed', 'inForce')", { c: claimant.id })
        .getExists();
      if (open)
        throw new BadUserInputError({ claimantId: '该参保人已有待审批或执行中的处理 (a sanction is already open)' }, undefined, {
          reason: 'SANCTION_ALREADY_OPEN',
        });
      const saved = await scope.em.save(
        scope.em.create(ClaimantSanction, {
          claimantId: claimant.id,
          regionId: claimant.regionId,
          countyId: claimant.countyId,
          kind: args.kind as SanctionKind,
          startsOn: args.startsOn,
          endsOn: args.endsOn,
          reason: args.reason.trim(),
          preparedBy: caller.id,
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: ENTITY,
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return saved;
    });
  }

  transition(caller: Caller, args: TransitionSanctionArgs): Promise<ClaimantSanction> {
    return this.db.write(caller, 'transitionClaimantSanction', (scope) => runTransition(scope, this.spec(), args));
  }

  private spec(): TransitionSpec<ClaimantSanction, SanctionState, SanctionAction, SanctionFacts> {
    return {
      workflow: SANCTION_WORKFLOW,
      entity: ClaimantSanction,
      entityType: ENTITY,
      facts: async (row) => sanctionFacts(row),
      apply: (_row, decision) => (decision.action === 'reinstate' ? { reinstatedOn: decision.input.appliedOn as string } : {}),
      // the claimant's stored status reads the sanctions in force (the eligibility trace shows them)
      after: async (row, scope) => {
        if (row.state === 'withdrawn') return;
        const claimant = await scope.one(Claimant, row.claimantId, { lock: true });
        await refreshEligibility(scope, this.policyData, claimant, todayInChina());
      },
    };
  }
}

export function sanctionFacts(row: Pick<ClaimantSanction, 'endsOn'>): SanctionFacts {
  return { asOf: todayInChina(), endsOn: row.endsOn };
}

function filtered(scope: Scope, given?: SanctionFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(ClaimantSanction, 's', filter.regionId);
  if (filter.ids) qb.andWhere('s.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.claimantId) qb.andWhere('s.claimant_id = :claimantId', { claimantId: isUuid(filter.claimantId) ? filter.claimantId : null });
  if (filter.state) qb.andWhere('s.state = :state', { state: filter.state });
  return qb;
}
