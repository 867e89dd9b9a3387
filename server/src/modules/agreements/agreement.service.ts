import {
  type AgreementAction,
  type AgreementFacts,
  type AgreementState,
  agreementTermIssues,
  institutionStatusFromAgreements,
  isIsoDate,
  money,
  SERVICE_AGREEMENT_WORKFLOW,
  type TerminationKind,
} from '@ltci/shared';
import { QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { likePattern } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { todayInChina } from '../../common/today.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { refuseStaleVersion } from '../../common/workflow/stale-version.js';
import { recordAudit } from '../audit/audit.service.js';
import { Institution } from '../institutions/institution.entity.js';
import { restrictedUntil } from '../supervision/restriction.js';
import {
  AGREEMENT_SORT,
  type CreateServiceAgreementArgs,
  type ServiceAgreementFilter,
  type ServiceAgreementListArgs,
  type TransitionServiceAgreementArgs,
  type UpdateServiceAgreementArgs,
} from './agreement.args.js';
import { ServiceAgreement } from './agreement.entity.js';

const ENTITY = 'ServiceAgreement';
export const IN_FORCE: readonly AgreementState[] = ['active', 'suspended', 'termination_pending'];

/** The service agreements of the caller's regions: drafted, then moved only by the shared workflow table. */
export class ServiceAgreementService {
  constructor(private readonly db: Db) {
    this.reads = new ScopedReads(db, ServiceAgreement, filtered, AGREEMENT_SORT);
  }

  private readonly reads: ScopedReads<ServiceAgreement, ServiceAgreementFilter, SortFieldOf<typeof AGREEMENT_SORT>>;

  list(caller: Caller, args: ServiceAgreementListArgs): Promise<ServiceAgreement[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: ServiceAgreementFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<ServiceAgreement> {
    return this.reads.get(caller, id);
  }

  create(caller: Caller, args: CreateServiceAgreementArgs): Promise<ServiceAgreement> {
    return this.write(caller, 'createServiceAgreement', async (scope) => {
      const institution = await scope.one(Institution, args.institutionId, { lock: true });
      const saved = await createDraftAgreement(scope, institution, args);
      return saved;
    });
  }

  /** Only a draft's number and term change; anything else goes through a transition. */
  update(caller: Caller, args: UpdateServiceAgreementArgs): Promise<ServiceAgreement> {
    return this.write(caller, 'updateServiceAgreement', async (scope) => {
      const before = await scope.one(ServiceAgreement, args.id, { lock: true });
      refuseStaleVersion(before, args.expectedVersion);
      if (before.state !== 'draft')
        throw new ConflictError('只有草拟中的协议可以修改；已生效的协议请经流程操作', undefined, { reason: 'NOT_A_DRAFT' });
      const draft = {
        number: (args.number ?? before.number).trim(),
        startDate: args.startDate ?? before.startDate,
        endDate: args.endDate ?? before.endDate,
        assessmentFee: args.assessmentFee === undefined ? before.assessmentFee : args.assessmentFee || null,
      };
      refuseBadTerm(draft);
      if (draft.assessmentFee !== null) draft.assessmentFee = money(draft.assessmentFee);
      if (draft.assessmentFee !== null && draft.assessmentFee !== before.assessmentFee)
        refuseFeeForCareInstitution(await scope.one(Institution, before.institutionId));
      const after = { ...before, ...draft, version: before.version + 1 };
      await scope.em.update(ServiceAgreement, { id: before.id }, { ...draft, version: after.version });
      await recordAudit(scope.em, caller, {
        operation: 'update',
        entityType: ENTITY,
        entityId: before.id,
        regionId: before.regionId,
        before,
        after,
      });
      return after;
    });
  }

  transition(caller: Caller, args: TransitionServiceAgreementArgs): Promise<ServiceAgreement> {
    return this.write(caller, 'transitionServiceAgreement', (scope) => runTransition(scope, AGREEMENT_TRANSITIONS, args));
  }

  private async write<T>(caller: Caller, name: string, work: (scope: Scope) => Promise<T>): Promise<T> {
    try {
      return await this.db.write(caller, name, work);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505')
        throw new ConflictError('该统筹地区已有相同编号的协议', { number: '协议编号已存在' }, { reason: 'DUPLICATE_NUMBER' });
      throw error;
    }
  }
}

/**
 * Draft an agreement for an institution locked in the caller's unit of work: the institution must be
 * active and the draft's number and term complete (Xinjiang art. 10). Also the last step of a
 * designation (art. 10–11), in the same transaction.
 */
export async function createDraftAgreement(
  scope: Scope,
  institution: Institution,
  args: { number: string; startDate: string; endDate: string; assessmentFee?: string | null },
): Promise<ServiceAgreement> {
  scope.assertPlace(institution.regionId, institution.countyId);
  if (institution.state !== 'active')
    throw new ConflictError('该机构已停用，不能新增服务协议', undefined, {
      reason: 'INSTITUTION_INACTIVE',
      issues: [{ code: 'INSTITUTION_INACTIVE', path: 'institutionId' }],
    });
  const draft = { number: args.number.trim(), startDate: args.startDate, endDate: args.endDate, assessmentFee: args.assessmentFee || null };
  refuseBadTerm(draft);
  if (draft.assessmentFee !== null) {
    refuseFeeForCareInstitution(institution);
    draft.assessmentFee = money(draft.assessmentFee);
  }
  const saved = await scope.em.save(
    scope.em.create(ServiceAgreement, {
      ...draft,
      institutionId: institution.id,
      regionId: institution.regionId,
      countyId: institution.countyId,
      preparedBy: scope.caller.id,
    }),
  );
  await recordAudit(scope.em, scope.caller, {
    operation: 'create',
    entityType: ENTITY,
    entityId: saved.id,
    regionId: saved.regionId,
    after: saved,
  });
  return saved;
}

/** The facts the workflow's guards read, for one agreement, in the caller's unit of work. */
export async function agreementFacts(row: ServiceAgreement, scope: Scope): Promise<AgreementFacts> {
  const other = await scope.em
    .createQueryBuilder(ServiceAgreement, 'a')
    .where('a.institution_id = :institution AND a.id <> :id AND a.state IN (:...states)', {
      institution: row.institutionId,
      id: row.id,
      states: IN_FORCE,
    })
    .getExists();
  const institution = await scope.em.findOneBy(Institution, { id: row.institutionId });
  return {
    asOf: todayInChina(),
    number: row.number,
    startDate: row.startDate,
    endDate: row.endDate,
    otherAgreementInForce: other,
    institutionActive: institution?.state !== 'inactive',
    restrictedUntil: await restrictedUntil(scope, row.institutionId),
  };
}

export const AGREEMENT_TRANSITIONS: TransitionSpec<ServiceAgreement, AgreementState, AgreementAction, AgreementFacts> = {
  workflow: SERVICE_AGREEMENT_WORKFLOW,
  entity: ServiceAgreement,
  entityType: ENTITY,
  facts: agreementFacts,
  // The proposal records the kind and date (Xinjiang art. 12 reads them); a rejected one clears them.
  apply: (_row, decision) => {
    if (decision.action === 'propose_termination')
      return { terminationKind: decision.input.kind as TerminationKind, terminationDate: decision.input.date as string };
    if (decision.action === 'reject_termination') return { terminationKind: null, terminationDate: null };
    return {};
  },
  after: (row, scope) => deriveInstitutionStatus(scope, row.institutionId),
};

/** The institution's status follows from its agreements and is never edited by hand (issue 7, item 12). */
export async function deriveInstitutionStatus(scope: Scope, institutionId: string): Promise<void> {
  const agreements = await scope.em.find(ServiceAgreement, { where: { institutionId }, order: { startDate: 'ASC', id: 'ASC' } });
  const derived = institutionStatusFromAgreements(
    agreements.map((a) => ({
      id: a.id,
      state: a.state,
      startDate: a.startDate,
      endDate: a.endDate,
      terminationKind: a.terminationKind ?? undefined,
      terminationDate: a.terminationDate ?? undefined,
    })),
    todayInChina(),
  );
  // the derived figure is stored with the trace that explains it (issue 7, item 9); the rule reads no policy pack
  if (derived.ok)
    await scope.em.update(
      Institution,
      { id: institutionId },
      { status: derived.value.status as never, statusTrace: derived.trace as never },
    );
}

/** Only an assessment institution's agreement carries an assessment fee (Xinjiang art. 22). */
function refuseFeeForCareInstitution(institution: Institution): void {
  if (institution.kind !== 'assessment')
    throw new BadUserInputError({ assessmentFee: '只有评估机构的服务协议约定评估费' }, undefined, {
      issues: [{ code: 'NOT_ALLOWED', path: 'assessmentFee' }],
    });
}

function refuseBadTerm(draft: { number: string; startDate: string; endDate: string; assessmentFee?: string | null }): void {
  const issues = agreementTermIssues(draft);
  if (!issues.length) return;
  const fields: Record<string, string> = {};
  for (const i of issues) fields[i.path] ??= i.message;
  throw new BadUserInputError(fields, undefined, { issues: issues.map(({ code, path }) => ({ code, path })) });
}

function filtered(scope: Scope, given?: ServiceAgreementFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(ServiceAgreement, 'a', filter.regionId);
  if (filter.ids) qb.andWhere('a.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.institutionId)
    qb.andWhere('a.institution_id = :institutionId', { institutionId: isUuid(filter.institutionId) ? filter.institutionId : null });
  if (filter.state) qb.andWhere('a.state = :state', { state: filter.state });
  if (filter.endsBefore && !isIsoDate(filter.endsBefore)) throw new BadUserInputError({ 'filter.endsBefore': '日期格式应为 YYYY-MM-DD' });
  if (filter.endsBefore) qb.andWhere('a.end_date <= :endsBefore', { endsBefore: filter.endsBefore });
  if (filter.q?.trim()) qb.andWhere('a.number ILIKE :q', { q: likePattern(filter.q.trim()) });
  return qb;
}
