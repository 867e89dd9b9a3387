import {
  type AssessorCandidate,
  type AssessorRemovalGround,
  maskResidentId,
  normaliseResidentId,
  POOL_ROLES,
  parseResidentId,
  poolCandidate,
  removalIssues,
  staffRecordIssues,
  trainingIssues,
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
import { recordAudit } from '../audit/audit.service.js';
import { idNumberHash } from '../claimants/claimant-identity.js';
import { Institution } from './institution.entity.js';
import { refuseIssues } from './refuse-issues.js';
import {
  type CreateStaffArgs,
  type RecordTrainingArgs,
  type RemoveAssessorArgs,
  STAFF_SORT,
  type StaffFields,
  type StaffFilter,
  type StaffListArgs,
  type UpdateStaffArgs,
} from './staff.args.js';
import { AssessorTraining, Staff, StaffCertificate } from './staff.entity.js';

const POOL = POOL_ROLES as readonly string[];

/** An institution's staff, and the assessor pool they make (Xinjiang art. 6(2), 15–16, 19). */
export class StaffService {
  constructor(private readonly db: Db) {
    this.reads = new ScopedReads(db, Staff, filtered, STAFF_SORT);
  }

  private readonly reads: ScopedReads<Staff, StaffFilter, SortFieldOf<typeof STAFF_SORT>>;

  list(caller: Caller, args: StaffListArgs): Promise<Staff[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: StaffFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<Staff> {
    return this.reads.get(caller, id);
  }

  create(caller: Caller, args: CreateStaffArgs): Promise<Staff> {
    const { institutionId, ...fields } = args;
    refuseIssues(staffRecordIssues({ ...fields, certificates: fields.certificates ?? [] }));
    return this.write(caller, 'createStaff', async (scope) => {
      const institution = await scope.one(Institution, institutionId, { lock: true });
      scope.assertPlace(institution.regionId, institution.countyId);
      // a deactivated institution gets no new staff (issue 8, defect 3)
      if (institution.state !== 'active')
        throw new ConflictError('该机构已停用，不能新增人员', undefined, {
          reason: 'INSTITUTION_INACTIVE',
          issues: [{ code: 'INSTITUTION_INACTIVE', path: 'institutionId' }],
        });
      await refuseRemovedCode(scope, fields.nationalCode);
      const saved = await scope.em.save(
        scope.em.create(Staff, {
          ...columns(fields),
          institutionId: institution.id,
          regionId: institution.regionId,
          countyId: institution.countyId,
        }),
      );
      const certificates = await saveCertificates(scope, saved, fields);
      const masked = await saveIdentity(scope, saved.id, fields.identityNumber);
      if (masked) saved.idNumberMasked = masked;
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: 'Staff',
        entityId: saved.id,
        regionId: saved.regionId,
        after: { ...saved, certificates },
      });
      return saved;
    });
  }

  update(caller: Caller, args: UpdateStaffArgs): Promise<Staff> {
    const { id, ...changes } = args;
    return this.write(caller, 'updateStaff', async (scope) => {
      const before = await scope.one(Staff, id, { lock: true });
      scope.assertPlace(before.regionId, before.countyId);
      refuseRemoved(before);
      const oldCertificates = await scope.em.find(StaffCertificate, { where: { staffId: id }, order: { name: 'ASC', id: 'ASC' } });
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as StaffFields;
      const merged = { ...before, ...defined };
      refuseIssues(staffRecordIssues({ ...merged, certificates: defined.certificates ?? oldCertificates }));
      if (defined.nationalCode && defined.nationalCode.trim() !== before.nationalCode) await refuseRemovedCode(scope, defined.nationalCode);
      const row = { ...columns(merged), ...(defined.certificates ? {} : { certificateNo: before.certificateNo }) };
      await scope.em.update(Staff, { id }, row);
      const certificates = defined.certificates ? await saveCertificates(scope, before, defined) : oldCertificates;
      const masked = await saveIdentity(scope, id, defined.identityNumber);
      const after = { ...before, ...row, ...(masked ? { idNumberMasked: masked } : {}) } as Staff;
      await recordAudit(scope.em, caller, {
        operation: 'update',
        entityType: 'Staff',
        entityId: id,
        regionId: before.regionId,
        before: { ...before, certificates: oldCertificates },
        after: { ...after, certificates },
      });
      return after;
    });
  }

  delete(caller: Caller, id: string): Promise<Staff> {
    return this.write(caller, 'deleteStaff', async (scope) => {
      const before = await scope.one(Staff, id, { lock: true });
      scope.assertPlace(before.regionId, before.countyId);
      refuseRemoved(before);
      const certificates = await scope.em.find(StaffCertificate, { where: { staffId: id }, order: { name: 'ASC', id: 'ASC' } });
      await scope.em.delete(Staff, { id });
      await recordAudit(scope.em, caller, {
        operation: 'delete',
        entityType: 'Staff',
        entityId: id,
        regionId: before.regionId,
        before: { ...before, certificates },
      });
      return before;
    });
  }

  /** Xinjiang art. 15: an assessor or expert works after passing the training; each training is recorded. */
  recordTraining(caller: Caller, args: RecordTrainingArgs): Promise<AssessorTraining> {
    refuseIssues(trainingIssues(args, todayInChina()));
    return this.db.write(caller, 'recordAssessorTraining', async (scope) => {
      const staff = await scope.one(Staff, args.staffId, { lock: true });
      scope.assertPlace(staff.regionId, staff.countyId);
      refuseRemoved(staff);
      if (!POOL.includes(staff.role)) throw new ConflictError('只有评估员和评估专家登记评估培训', undefined, { reason: 'NOT_AN_ASSESSOR' });
      const saved = await scope.em.save(
        scope.em.create(AssessorTraining, {
          staffId: staff.id,
          trainedOn: args.trainedOn,
          hours: args.hours,
          passed: args.passed,
          course: args.course?.trim() || null,
          recordedBy: caller.id,
        }),
      );
      await recordAudit(scope.em, caller, {
        operation: 'create',
        entityType: 'AssessorTraining',
        entityId: saved.id,
        regionId: staff.regionId,
        after: { ...saved, staffName: staff.name },
      });
      return saved;
    });
  }

  /** Xinjiang art. 16 ¶2: removed from the pool for one of five grounds, for good; the database refuses an undo. */
  remove(caller: Caller, args: RemoveAssessorArgs): Promise<Staff> {
    refuseIssues(removalIssues(args));
    return this.db.write(caller, 'removeAssessor', async (scope) => {
      const before = await scope.one(Staff, args.id, { lock: true });
      scope.assertPlace(before.regionId, before.countyId);
      if (before.removedFor) throw new ConflictError('该人员已被移出评估人员库，移出为永久性的', undefined, { reason: 'ALREADY_REMOVED' });
      if (!POOL.includes(before.role))
        throw new ConflictError('只有评估员和评估专家在评估人员库中', undefined, { reason: 'NOT_AN_ASSESSOR' });
      const change = {
        removedFor: args.ground as AssessorRemovalGround,
        removalReason: args.reason.trim(),
        removedAt: new Date(),
        removedBy: caller.id,
      };
      await scope.em.update(Staff, { id: before.id }, change);
      const after = { ...before, ...change };
      await recordAudit(scope.em, caller, {
        operation: 'remove_from_pool',
        entityType: 'Staff',
        entityId: before.id,
        regionId: before.regionId,
        before,
        after,
      });
      return after;
    });
  }

  /** The pool of one assessment institution as the assessor draw reads it: see `eligibleAssessors`. */
  eligibleAssessors(caller: Caller, institutionId: string): Promise<AssessorCandidate[]> {
    return this.db.read(caller, (scope) => eligibleAssessors(scope, institutionId));
  }

  private async write<T>(caller: Caller, name: string, work: (scope: Scope) => Promise<T>): Promise<T> {
    try {
      return await this.db.write(caller, name, work);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505')
        throw new ConflictError('该平台编码已登记给其他人员', { nationalCode: '平台编码已存在' }, { reason: 'DUPLICATE_NATIONAL_CODE' });
      throw error;
    }
  }
}

/**
 * The assessors and experts of an assessment institution, in the shape `drawAssessors` reads as its
 * `pool` (shared/src/assessment/draw-assessors.ts): every member, removed (Xinjiang art. 16 ¶2) and
 * untrained (art. 15) ones included with `removedFor` and `trained`, so that the draw excludes them
 * itself and its stored candidate list says why. Runs in the caller's unit of work (a draw's transaction).
 */
export async function eligibleAssessors(scope: Scope, institutionId: string): Promise<AssessorCandidate[]> {
  const institution = await scope.one(Institution, institutionId);
  const rows: { id: string; role: string; removed_for: AssessorRemovalGround | null; trained: boolean }[] = await scope
    .rows(Staff, 's', institution.regionId)
    .select(['s.id AS id', 's.role AS role', 's.removed_for AS removed_for'])
    .addSelect('EXISTS (SELECT 1 FROM assessor_trainings t WHERE t.staff_id = s.id AND t.passed)', 'trained')
    .andWhere('s.institution_id = :institutionId AND s.role IN (:...roles)', { institutionId, roles: POOL })
    .orderBy('s.id')
    .getRawMany();
  return rows.map((r) => poolCandidate({ id: r.id, role: r.role, institutionId, removedFor: r.removed_for, trained: r.trained }));
}

/** A carer's identity number (issue 13): whole (never selected), masked, and the search hash; a bad one refused with its code. */
async function saveIdentity(scope: Scope, staffId: string, given: string | null | undefined): Promise<string | null> {
  if (given === undefined || given === null || !given.trim()) return null;
  const parsed = parseResidentId(given.trim(), todayInChina());
  if (!parsed.ok)
    throw new BadUserInputError({ identityNumber: parsed.issues[0].message }, undefined, {
      reason: parsed.issues[0].code,
      issues: parsed.issues.map((i) => ({ code: i.code, path: 'identityNumber' })),
    });
  const number = normaliseResidentId(given);
  await scope.em.update(
    Staff,
    { id: staffId },
    {
      idNumber: number,
      idNumberMasked: maskResidentId(number),
      idNumberHash: await idNumberHash(scope.em, number),
    },
  );
  return maskResidentId(number);
}

function columns(fields: StaffFields) {
  return {
    name: fields.name?.trim(),
    role: fields.role,
    title: fields.title,
    yearsInField: fields.yearsInField ?? null,
    fullTime: fields.fullTime,
    nationalCode: fields.nationalCode?.trim() || null,
    ...(fields.certificates ? { certificateNo: fields.certificates[0]?.number?.trim() || null } : {}),
  };
}

async function saveCertificates(scope: Scope, staff: Staff, fields: StaffFields): Promise<StaffCertificate[]> {
  if (!fields.certificates) return [];
  await scope.em.delete(StaffCertificate, { staffId: staff.id });
  const rows = fields.certificates.map((c) =>
    scope.em.create(StaffCertificate, {
      staffId: staff.id,
      name: c.name.trim(),
      number: c.number?.trim() || null,
      expiresOn: c.expiresOn || null,
    }),
  );
  return rows.length ? scope.em.save(rows) : [];
}

/** Xinjiang art. 16 ¶2: 不得再从事长期护理保险失能等级评估工作 — a removed member's record is frozen. */
function refuseRemoved(staff: Staff): void {
  if (staff.removedFor)
    throw new ConflictError('该人员已被永久移出评估人员库，记录不可修改（新疆细则第十六条）', undefined, { reason: 'ASSESSOR_REMOVED' });
}

/** A platform code of a removed assessor can never come back as a new member (Xinjiang art. 16 ¶2, 19). */
async function refuseRemovedCode(scope: Scope, code: string | null | undefined): Promise<void> {
  const value = code?.trim();
  if (!value) return;
  const rows: { name: string }[] = await scope.em.query(
    'SELECT name FROM staff WHERE national_code = $1 AND removed_for IS NOT NULL LIMIT 1',
    [value],
  );
  if (rows.length)
    throw new ConflictError(
      `平台编码 ${value} 的人员已被永久移出评估人员库，不得再从事评估工作（新疆细则第十六条）`,
      { nationalCode: '已移出人员' },
      {
        reason: 'ASSESSOR_REMOVED',
      },
    );
}

function filtered(scope: Scope, given?: StaffFilter | null) {
  const filter = given ?? {};
  const qb = scope.rows(Staff, 's', filter.regionId);
  if (filter.ids) qb.andWhere('s.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.institutionId)
    qb.andWhere('s.institution_id = :institutionId', { institutionId: isUuid(filter.institutionId) ? filter.institutionId : null });
  if (filter.role) qb.andWhere('s.role = :role', { role: filter.role });
  if (filter.pool)
    qb.andWhere('s.role IN (:...poolRoles)', { poolRoles: POOL }).andWhere(
      "EXISTS (SELECT 1 FROM institutions pi WHERE pi.id = s.institution_id AND pi.kind = 'assessment')",
    );
  if (filter.status === 'removed') qb.andWhere('s.removed_for IS NOT NULL');
  else if (filter.status === 'active') qb.andWhere('s.removed_for IS NULL');
  else if (filter.status) throw new BadUserInputError({ 'filter.status': '状态只能是 active 或 removed' });
  if (filter.trained !== undefined && filter.trained !== null)
    qb.andWhere(`${filter.trained ? '' : 'NOT '}EXISTS (SELECT 1 FROM assessor_trainings t WHERE t.staff_id = s.id AND t.passed)`);
  if (filter.q?.trim()) qb.andWhere('(s.name ILIKE :q OR s.national_code ILIKE :q)', { q: likePattern(filter.q.trim()) });
  return qb;
}
