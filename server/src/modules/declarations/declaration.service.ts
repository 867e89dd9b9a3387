import {
  DECLARATION_WORKFLOW,
  type DeclarationAction,
  type DeclarationFacts,
  type DeclarationState,
  mulberry32,
  seededShuffle,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { applyListArgs } from '../../common/list-args.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { recordAudit } from '../audit/audit.service.js';
import type { PolicyDataService } from '../policy/policy-data.service.js';
import { runDeclarationAudit } from './audit-run.js';
import {
  DECLARATION_SORT,
  DECLARED_RECORD_SORT,
  type DeclarationFilter,
  type DeclarationListArgs,
  type DeclaredRecordFilter,
  type DeclaredRecordListArgs,
  type DrawInspectionSampleArgs,
  type RecordInspectionFindingArgs,
  type SubmitDeclaredRecordsArgs,
  type SubmitDeclaredRecordsResult,
  type TransitionDeclarationArgs,
} from './declaration.args.js';
import { ServiceDeclaration } from './declaration.entity.js';
import { openDeclaration, submitRecords } from './declaration.submit.js';
import { DeclaredRecordRow } from './declared-record.entity.js';
import { InspectionSample } from './inspection-sample.entity.js';

const ENTITY = 'ServiceDeclaration';

/** Monthly service declarations (Qinhuangdao art. 55): records by batch or file, confirmation, the smart audit (art. 57), inspection samples (art. 67). */
export class DeclarationService {
  private readonly reads: ScopedReads<ServiceDeclaration, DeclarationFilter, SortFieldOf<typeof DECLARATION_SORT>>;

  constructor(
    private readonly db: Db,
    private readonly policy: PolicyDataService,
  ) {
    this.reads = new ScopedReads(db, ServiceDeclaration, filtered, DECLARATION_SORT);
  }

  list(caller: Caller, args: DeclarationListArgs): Promise<ServiceDeclaration[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: DeclarationFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<ServiceDeclaration> {
    return this.reads.get(caller, id);
  }

  records(caller: Caller, args: DeclaredRecordListArgs): Promise<DeclaredRecordRow[]> {
    return this.db.read(caller, (scope) => applyListArgs(recordsFiltered(scope, args.filter), args, DECLARED_RECORD_SORT).getMany());
  }

  recordCount(caller: Caller, filter?: DeclaredRecordFilter | null): Promise<number> {
    return this.db.read(caller, (scope) => recordsFiltered(scope, filter).getCount());
  }

  submit(caller: Caller, args: SubmitDeclaredRecordsArgs): Promise<SubmitDeclaredRecordsResult> {
    return this.db.write(caller, 'submitDeclaredRecords', async (scope) => {
      const declaration = await openDeclaration(scope, caller, args.institutionId, args.month);
      const { verdicts, accepted } = await submitRecords(scope, caller, declaration, args.records);
      return {
        declaration: await scope.one(ServiceDeclaration, declaration.id),
        accepted,
        refused: verdicts.length - accepted,
        verdicts,
      };
    });
  }

  transition(caller: Caller, args: TransitionDeclarationArgs): Promise<ServiceDeclaration> {
    return this.db.write(caller, 'transitionDeclaration', async (scope) => {
      const after = await runTransition(scope, DECLARATION_TRANSITIONS, args);
      return scope.one(ServiceDeclaration, after.id);
    });
  }

  audit(caller: Caller, id: string): Promise<ServiceDeclaration> {
    return this.db.write(caller, 'runDeclarationAudit', async (scope) => {
      const declaration = await scope.one(ServiceDeclaration, id, { lock: true });
      scope.assertPlace(declaration.regionId, declaration.countyId);
      await runDeclarationAudit(scope, caller, this.policy, declaration);
      return scope.one(ServiceDeclaration, id);
    });
  }

  /** A reproducible random sample of the declaration's records (Qinhuangdao art. 67 随机抽查): records ordered by key, shuffled by the seed. */
  drawSample(caller: Caller, args: DrawInspectionSampleArgs): Promise<InspectionSample> {
    return this.db.write(caller, 'drawInspectionSample', async (scope) => {
      const declaration = await scope.one(ServiceDeclaration, args.declarationId, { lock: true });
      scope.assertPlace(declaration.regionId, declaration.countyId);
      const seed = args.seed?.trim() || String(Math.floor(Math.random() * 2 ** 31));
      if (!/^\d{1,10}$/.test(seed) || Number(seed) >= 2 ** 32)
        throw new BadUserInputError({ seed: '随机种子应为 0 至 4294967295 的整数' }, undefined, { reason: 'OUT_OF_RANGE' });
      const rows: { id: string }[] = await scope.em.query('SELECT id FROM declared_records WHERE declaration_id = $1 ORDER BY key', [
        declaration.id,
      ]);
      if (!Number.isInteger(args.size) || args.size < 1 || args.size > rows.length)
        throw new BadUserInputError({ size: `抽取条数应在 1 到 ${rows.length} 之间` }, undefined, {
          reason: 'OUT_OF_RANGE',
          issues: [{ code: 'OUT_OF_RANGE', path: 'size' }],
        });
      const chosen = seededShuffle(
        rows.map((r) => r.id),
        mulberry32(Number(seed)),
      ).slice(0, args.size);
      const saved = await scope.em.save(
        scope.em.create(InspectionSample, {
          declarationId: declaration.id,
          regionId: declaration.regionId,
          countyId: declaration.countyId,
          seed,
          size: args.size,
          population: rows.length,
          recordIds: chosen,
          drawnBy: caller.id,
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: 'InspectionSample',
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return saved;
    });
  }

  samples(caller: Caller, declarationId: string): Promise<InspectionSample[]> {
    return this.db.read(caller, (scope) =>
      scope
        .rows(InspectionSample, 's')
        .andWhere('s.declaration_id = :d', { d: isUuid(declarationId) ? declarationId : null })
        .orderBy('s.created_at', 'DESC')
        .getMany(),
    );
  }

  recordFinding(caller: Caller, args: RecordInspectionFindingArgs): Promise<DeclaredRecordRow> {
    return this.db.write(caller, 'recordSampleFinding', async (scope) => {
      const before = await scope.one(DeclaredRecordRow, args.recordId, { lock: true });
      scope.assertPlace(before.regionId, before.countyId);
      const finding = args.finding.trim();
      if (!finding || [...finding].length > 2000) throw new BadUserInputError({ finding: '请填写稽核情况（最多2000字）' });
      const [sampled] = await scope.em.query('SELECT 1 FROM inspection_samples WHERE $1 = ANY(record_ids) LIMIT 1', [before.id]);
      if (!sampled)
        throw new BadUserInputError({ recordId: '该记录不在稽核样本中 (not in a sample)' }, undefined, {
          reason: 'NOT_SAMPLED',
          issues: [{ code: 'NOT_SAMPLED', path: 'recordId' }],
        });
      const changes = {
        inspectionFinding: finding,
        inspectionResult: args.result as DeclaredRecordRow['inspectionResult'],
        inspectedBy: caller.id,
        inspectedAt: new Date(),
      };
      await scope.em.update(DeclaredRecordRow, { id: before.id }, changes);
      await recordAudit(scope.em, caller, {
        operation: 'update',
        entityType: 'DeclaredRecord',
        entityId: before.id,
        regionId: before.regionId,
        before: { inspectionFinding: before.inspectionFinding, inspectionResult: before.inspectionResult },
        after: changes,
      });
      return scope.one(DeclaredRecordRow, before.id);
    });
  }
}

export const DECLARATION_TRANSITIONS: TransitionSpec<ServiceDeclaration, DeclarationState, DeclarationAction, DeclarationFacts> = {
  workflow: DECLARATION_WORKFLOW,
  entity: ServiceDeclaration,
  entityType: ENTITY,
  facts: async (row) => ({ recordCount: row.recordCount, settled: false }),
  // the confirmation's who and when; a returned declaration must be audited again before it is settled
  after: async (row, scope) => {
    if (row.state === 'confirmed')
      await scope.em.update(ServiceDeclaration, { id: row.id }, { confirmedBy: scope.caller.id, confirmedAt: new Date() });
    else await scope.em.update(ServiceDeclaration, { id: row.id }, { confirmedBy: null, confirmedAt: null, auditedAt: null });
  },
};

function filtered(scope: Scope, given?: DeclarationFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(ServiceDeclaration, 'd', filter.regionId);
  if (filter.ids) qb.andWhere('d.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.institutionId)
    qb.andWhere('d.institution_id = :institutionId', { institutionId: isUuid(filter.institutionId) ? filter.institutionId : null });
  if (filter.month) qb.andWhere('d.month = :month', { month: filter.month });
  if (filter.state) qb.andWhere('d.state = :state', { state: filter.state });
  return qb;
}

function recordsFiltered(scope: Scope, given?: DeclaredRecordFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(DeclaredRecordRow, 'r', filter.regionId);
  const id = (v: string | undefined) => (v && isUuid(v) ? v : null);
  if (filter.declarationId) qb.andWhere('r.declaration_id = :declarationId', { declarationId: id(filter.declarationId) });
  if (filter.claimantId) qb.andWhere('r.claimant_id = :claimantId', { claimantId: id(filter.claimantId) });
  if (filter.sampled)
    qb.andWhere('EXISTS (SELECT 1 FROM inspection_samples s WHERE s.declaration_id = r.declaration_id AND r.id = ANY(s.record_ids))');
  return qb;
}
