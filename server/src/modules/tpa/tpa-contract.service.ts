import {
  addDays,
  replacementIssues,
  TIANJIN_DEFAULT_PLAN,
  TPA_CONTRACT_WORKFLOW,
  type TpaContractTerms,
  tpaContractIssues,
} from '@ltci/shared';
import { QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { ConflictError, ForbiddenError } from '../../common/errors.js';
import { likePattern } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { recordAudit } from '../audit/audit.service.js';
import { Institution } from '../institutions/institution.entity.js';
import {
  CONTRACT_SORT,
  type CreateTpaContractArgs,
  type TpaContractFilter,
  type TpaContractListArgs,
  type TransitionTpaContractArgs,
} from './tpa.args.js';
import { refuse, uuids } from './tpa-common.js';
import { TpaCommitmentRow, TpaContract } from './tpa-contract.entity.js';
import { TpaReads, tpaOne, tpaRows } from './tpa-scope.js';

export const CONTRACT_LABEL = '委托经办合同';

/** TPA service contracts of the caller's regions (TPA staff: their own TPA's only). */
export class TpaContractService {
  constructor(private readonly db: Db) {}

  private readonly reads = new TpaReads(this.db, TpaContract, CONTRACT_LABEL, contractRows, CONTRACT_SORT);

  list(caller: Caller, args: TpaContractListArgs): Promise<TpaContract[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: TpaContractFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<TpaContract> {
    return this.reads.get(caller, id);
  }

  async create(caller: Caller, args: CreateTpaContractArgs): Promise<TpaContract> {
    try {
      return await this.db.write(caller, 'createTpaContract', async (scope) => {
        const tpa = await scope.one(Institution, args.tpaInstitutionId);
        scope.assertRegion(tpa.regionId);
        if (tpa.kind !== 'tpa') throw new ForbiddenError('只能与第三方经办机构签订委托经办合同', { reason: 'NOT_A_TPA' });
        const terms: TpaContractTerms = {
          number: args.number?.trim(),
          startDate: args.startDate,
          endDate: args.endDate,
          annualFee: args.annualFee,
          units: args.units.map((u) => ({ id: u.id.trim(), kind: u.kind as never, name: u.name.trim() })),
          weights: {
            headOffice: args.weights.headOffice,
            districtSubCentres: args.weights.districtSubCentres,
            cityCentre: args.weights.cityCentre,
          },
          schedule: args.schedule.map((b) => ({ minScore: b.minScore, payRate: b.payRate })),
          plan: (args.plan ?? TIANJIN_DEFAULT_PLAN).map((a) => ({ id: a.id, label: a.label, max: a.max })),
          poorResultBelow: args.poorResultBelow,
          rectificationDays: args.rectificationDays,
          commitments: args.commitments.map((c) => ({ ...c, target: (c.target ?? '').trim(), unit: c.unit?.trim() || null }) as never),
        };
        const issues = tpaContractIssues(terms);
        let replacesContractId: string | null = null;
        if (args.replacesContractId) {
          const old = await tpaOne(scope, TpaContract, CONTRACT_LABEL, args.replacesContractId);
          issues.push(...replacementIssues(old, tpa.regionId, terms.startDate));
          replacesContractId = old.id;
        }
        if (issues.length) refuse(issues);
        const { commitments, ...rest } = terms;
        const saved = await scope.em.save(
          scope.em.create(TpaContract, {
            ...rest,
            regionId: tpa.regionId,
            tpaInstitutionId: tpa.id,
            preparedBy: caller.id,
            replacesContractId,
          }),
        );
        await scope.em.insert(
          TpaCommitmentRow,
          commitments.map((c, position) => ({ ...c, unit: c.unit ?? null, contractId: saved.id, position })),
        );
        await recordAudit(scope.em, caller, {
          operation: 'create',
          entityType: 'TpaContract',
          entityId: saved.id,
          regionId: saved.regionId,
          after: { ...saved, commitments },
        });
        return saved;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505')
        throw new ConflictError('该统筹地区已有相同编号的合同', { number: '合同编号已存在' }, { reason: 'DUPLICATE_NUMBER' });
      throw error;
    }
  }

  transition(caller: Caller, args: TransitionTpaContractArgs): Promise<TpaContract> {
    return this.db.write(caller, 'transitionTpaContract', (scope) => runTransition(scope, CONTRACT_TRANSITIONS, args));
  }
}

export const CONTRACT_TRANSITIONS: TransitionSpec<TpaContract, string, string, Record<string, never>> = {
  workflow: TPA_CONTRACT_WORKFLOW as never,
  entity: TpaContract,
  entityType: 'TpaContract',
  facts: async () => ({}),
  after: endReplaced,
};

/**
 * Tianjin art. 16: when a replacing contract comes into force, the contract it replaces ends the day
 * before it begins (same year), written with its audit row; idempotent, so a later return to `active` changes nothing.
 */
async function endReplaced(row: TpaContract, scope: Scope): Promise<void> {
  if (row.state !== 'active' || !row.replacesContractId) return;
  const old = await scope.one(TpaContract, row.replacesContractId, { lock: true });
  const endDate = addDays(row.startDate, -1);
  if (old.endDate <= endDate) return;
  const issues = replacementIssues(old, row.regionId, row.startDate);
  if (issues.length) refuse(issues);
  await scope.em.update(TpaContract, { id: old.id }, { endDate, version: old.version + 1 });
  await recordAudit(scope.em, scope.caller, {
    operation: 'update',
    entityType: 'TpaContract',
    entityId: old.id,
    regionId: old.regionId,
    before: { endDate: old.endDate },
    after: { endDate, replacedBy: row.id, citation: 'Tianjin art. 16' },
  });
}

function contractRows(scope: Scope, given?: TpaContractFilter | null) {
  const filter = given ?? {};
  const qb = tpaRows(scope, TpaContract, 'c', filter.regionId);
  if (filter.ids) qb.andWhere('c.id = ANY(:ids)', { ids: uuids(filter.ids) });
  if (filter.state) qb.andWhere('c.state = :state', { state: filter.state });
  if (filter.q?.trim()) qb.andWhere('c.number ILIKE :q', { q: likePattern(filter.q.trim()) });
  return qb;
}
