import { randomInt } from 'node:crypto';
import {
  drawTargets,
  FINDING_CATEGORIES,
  INSPECTION_KINDS,
  INSPECTION_WORKFLOW,
  type InspectionAction,
  type InspectionFacts,
  type InspectionState,
  isIsoDate,
} from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import { BadUserInputError, ConflictError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import type { Scope } from '../../common/scope.js';
import { ScopedReads, type SortFieldOf } from '../../common/scoped-reads.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import { refuseStaleVersion } from '../../common/workflow/stale-version.js';
import { recordAudit } from '../audit/audit.service.js';
import { Institution } from '../institutions/institution.entity.js';
import {
  type CreateInspectionArgs,
  INSPECTION_SORT,
  type InspectionFilter,
  type InspectionListArgs,
  type RecordFindingArgs,
  type TransitionInspectionArgs,
  type UpdateInspectionArgs,
} from './inspection.args.js';
import { type ChecklistItem, Inspection, InspectionFinding, type InspectionSelection } from './inspection.entity.js';

const ENTITY = 'Inspection';
const RESULTS = ['pass', 'fail', 'na'];
const INSTITUTION_KINDS = ['assessment', 'care', 'tpa'];
const len = (s: string) => [...s].length;

/** Inspections (Qinhuangdao art. 67, 74): planned with scope, inspectors, date, checklist and targets (drawn at random with a recorded seed), then their findings. */
export class InspectionService {
  private readonly reads: ScopedReads<Inspection, InspectionFilter, SortFieldOf<typeof INSPECTION_SORT>>;

  constructor(private readonly db: Db) {
    this.reads = new ScopedReads(db, Inspection, filtered, INSPECTION_SORT);
  }

  list(caller: Caller, args: InspectionListArgs): Promise<Inspection[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: InspectionFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<Inspection> {
    return this.reads.get(caller, id);
  }

  findings(caller: Caller, inspectionId: string): Promise<InspectionFinding[]> {
    return this.db.read(caller, (scope) =>
      scope
        .rows(InspectionFinding, 'f')
        .andWhere('f.inspection_id = :id', { id: inspectionId })
        .orderBy('f.created_at')
        .addOrderBy('f.id')
        .getMany(),
    );
  }

  create(caller: Caller, args: CreateInspectionArgs): Promise<Inspection> {
    return this.db.write(caller, 'createInspection', async (scope) => {
      scope.assertPlace(args.regionId, args.countyId ?? null);
      const fields: Record<string, string> = {};
      const title = args.title.trim();
      const scopeText = args.scope.trim();
      const checklist = args.checklist.map((c) => c.trim()).filter(Boolean);
      if (!(INSPECTION_KINDS as readonly string[]).includes(args.kind)) fields.kind = '检查方式无效';
      if (!title || len(title) > 200) fields.title = '请填写检查名称（最多200字）';
      if (!scopeText || len(scopeText) > 2000) fields.scope = '请填写检查范围（最多2000字）';
      if (!isIsoDate(args.plannedOn)) fields.plannedOn = '检查日期格式应为 YYYY-MM-DD';
      if (!checklist.length || checklist.length > 100 || checklist.some((c) => len(c) > 200))
        fields.checklist = '请填写检查清单（1–100项，每项最多200字）';
      if (!!args.random === !!args.targetIds?.length) fields.targetIds = '请指定检查对象，或选择随机抽取（二选一）';
      if (args.random && (!Number.isInteger(args.random.count) || args.random.count < 1 || args.random.count > 50))
        fields.random = '抽取数量应为1–50';
      if (args.random?.kinds?.some((k) => !INSTITUTION_KINDS.includes(k))) fields.random = '机构类型应为 assessment、care 或 tpa';
      if (args.random?.seed != null && (!Number.isInteger(args.random.seed) || args.random.seed < 0))
        fields.random = '随机种子应为非负整数';
      const inspectors = await inspectorsOf(scope, args.regionId, args.inspectorIds);
      if (!args.inspectorIds.length || inspectors.length !== new Set(args.inspectorIds).size)
        fields.inspectorIds = '检查人员应为本统筹地区在岗的稽核人员';
      if (Object.keys(fields).length) throw new BadUserInputError(fields, undefined, { reason: 'INVALID_INSPECTION' });
      let targetIds: string[];
      let selection: InspectionSelection | null = null;
      if (args.random) {
        const qb = scope.rows(Institution, 'n', args.regionId).andWhere("n.state <> 'inactive'");
        if (args.countyId) qb.andWhere('n.county_id = :c', { c: args.countyId });
        if (args.random.kinds?.length) qb.andWhere('n.kind IN (:...kinds)', { kinds: args.random.kinds });
        const candidates = (await qb.select(['n.id']).getMany()).map((n) => n.id);
        if (!candidates.length) throw new BadUserInputError({ random: '没有可抽取的检查对象' }, undefined, { reason: 'NO_CANDIDATES' });
        const drawn = drawTargets(candidates, args.random.count, args.random.seed ?? randomInt(0, 2 ** 31));
        selection = { seed: drawn.seed, candidates: drawn.candidates, chosen: drawn.chosen, trace: drawn.trace as never };
        targetIds = drawn.chosen;
      } else {
        targetIds = [...new Set(args.targetIds ?? [])];
        for (const id of targetIds) {
          const institution = await scope.one(Institution, id);
          if (institution.regionId !== args.regionId)
            throw new BadUserInputError({ targetIds: '检查对象应为本统筹地区的机构' }, undefined, { reason: 'TARGET_OUTSIDE_REGION' });
        }
      }
      const saved = await scope.em.save(
        scope.em.create(Inspection, {
          regionId: args.regionId,
          countyId: args.countyId ?? null,
          kind: args.kind as Inspection['kind'],
          title,
          scope: scopeText,
          plannedOn: args.plannedOn,
          inspectorIds: inspectors.map((i) => i.id),
          inspectorNames: inspectors.map((i) => i.name),
          checklist: checklist.map((item) => ({ item, result: null, note: null })),
          targetIds,
          selection,
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

  update(caller: Caller, args: UpdateInspectionArgs): Promise<Inspection> {
    return this.db.write(caller, 'updateInspection', async (scope) => {
      const before = await scope.one(Inspection, args.id, { lock: true });
      refuseStaleVersion(before, args.expectedVersion);
      if (before.state === 'closed' || before.state === 'cancelled')
        throw new ConflictError('检查已办结或取消，清单不能再修改', undefined, { reason: 'INSPECTION_CLOSED' });
      const items = before.checklist.map((c) => c.item);
      const given = new Map(args.checklist.map((c) => [c.item, c]));
      const fields: Record<string, string> = {};
      if (args.checklist.some((c) => !items.includes(c.item))) fields.checklist = '清单项应为计划中的检查内容';
      if (args.checklist.some((c) => c.result != null && !RESULTS.includes(c.result)))
        fields.checklist = '检查结果应为合格、不合格或不适用';
      if (args.checklist.some((c) => c.note && len(c.note) > 1000)) fields.checklist = '说明最多1000字';
      if (Object.keys(fields).length) throw new BadUserInputError(fields);
      const checklist: ChecklistItem[] = before.checklist.map((c) => {
        const g = given.get(c.item);
        return g ? { item: c.item, result: (g.result ?? null) as ChecklistItem['result'], note: g.note?.trim() || null } : c;
      });
      const after = { ...before, checklist, version: before.version + 1 };
      await scope.em.update(Inspection, { id: before.id }, { checklist: checklist as never, version: after.version });
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

  transition(caller: Caller, args: TransitionInspectionArgs): Promise<Inspection> {
    return this.db.write(caller, 'transitionInspection', async (scope) => {
      const after = await runTransition(scope, INSPECTION_TRANSITIONS, args);
      return scope.one(Inspection, after.id);
    });
  }

  /** A finding on one of the inspection's targets (Qinhuangdao art. 67–68); an institution the inspector does not reach is refused. */
  recordFinding(caller: Caller, args: RecordFindingArgs): Promise<InspectionFinding> {
    return this.db.write(caller, 'recordInspectionFinding', async (scope) => {
      const inspection = await scope.one(Inspection, args.inspectionId, { lock: true });
      const institution = await scope.one(Institution, args.institutionId);
      scope.assertPlace(institution.regionId, institution.countyId);
      if (inspection.state !== 'in_progress' && inspection.state !== 'findings_recorded')
        throw new ConflictError('检查开始后、办结前方可记录问题', undefined, { reason: 'INSPECTION_NOT_IN_PROGRESS' });
      const fields: Record<string, string> = {};
      const description = args.description.trim();
      if (!inspection.targetIds.includes(institution.id)) fields.institutionId = '该机构不是本次检查的对象';
      if (!(FINDING_CATEGORIES as readonly string[]).includes(args.category)) fields.category = '问题类别无效';
      if (!description || len(description) > 4000) fields.description = '请填写问题描述（最多4000字）';
      if (!isIsoDate(args.foundOn)) fields.foundOn = '发现日期格式应为 YYYY-MM-DD';
      else if (args.foundOn < inspection.plannedOn) fields.foundOn = '发现日期不能早于检查日期';
      if (Object.keys(fields).length)
        throw new BadUserInputError(fields, undefined, { reason: fields.institutionId ? 'FINDING_NOT_A_TARGET' : 'INVALID_FINDING' });
      const saved = await scope.em.save(
        scope.em.create(InspectionFinding, {
          inspectionId: inspection.id,
          institutionId: institution.id,
          regionId: institution.regionId,
          countyId: institution.countyId,
          category: args.category as InspectionFinding['category'],
          description,
          foundOn: args.foundOn,
          recordedBy: caller.id,
          recordedByName: caller.username,
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: 'InspectionFinding',
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return saved;
    });
  }
}

/** The region's active inspectors among `ids`, in the order given. */
async function inspectorsOf(scope: Scope, regionId: string, ids: readonly string[]): Promise<{ id: string; name: string }[]> {
  const valid = ids.filter(isUuid);
  if (!valid.length) return [];
  const rows: { id: string; name: string }[] = await scope.em.query(
    `SELECT u.id, u.display_name AS name FROM users u JOIN user_regions r ON r.user_id = u.id
      WHERE u.id = ANY($1) AND u.active AND 'inspector' = ANY(u.roles) AND r.region_id = $2`,
    [valid, regionId],
  );
  return valid.map((id) => rows.find((r) => r.id === id)).filter((r): r is { id: string; name: string } => !!r);
}

async function inspectionFacts(row: Inspection, scope: Scope): Promise<InspectionFacts> {
  const n = await scope.rows(InspectionFinding, 'f').andWhere('f.inspection_id = :id', { id: row.id }).getCount();
  return { findingCount: n, uncheckedItems: row.checklist.filter((c) => !c.result).length };
}

export const INSPECTION_TRANSITIONS: TransitionSpec<Inspection, InspectionState, InspectionAction, InspectionFacts> = {
  workflow: INSPECTION_WORKFLOW,
  entity: Inspection,
  entityType: ENTITY,
  facts: inspectionFacts,
  apply: (_row, decision) => (decision.action === 'close' ? { result: decision.reason } : {}),
};

function filtered(scope: Scope, given?: InspectionFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(Inspection, 'i', filter.regionId);
  if (filter.ids) qb.andWhere('i.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.state) qb.andWhere('i.state = :state', { state: filter.state });
  if (filter.kind) qb.andWhere('i.kind = :kind', { kind: filter.kind });
  if (filter.institutionId)
    qb.andWhere('i.target_ids @> ARRAY[:inst]::uuid[]', {
      inst: isUuid(filter.institutionId) ? filter.institutionId : '00000000-0000-0000-0000-000000000000',
    });
  return qb;
}
