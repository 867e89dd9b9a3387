import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import type { Caller } from '../../common/context.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors.js';
import { isUuid } from '../../common/ids.js';
import { applyListArgs, likePattern } from '../../common/list-args.js';
import { assertRegion, visibleRegions } from '../../common/region-scope.js';
import { recordAudit } from '../audit/audit.service.js';
import { Region } from '../regions/region.entity.js';
import type { CreateInstitutionArgs, InstitutionFilter, InstitutionListArgs, UpdateInstitutionArgs } from './institution.args.js';
import { Institution } from './institution.entity.js';
import { type InstitutionDraft, institutionFieldErrors, normalise } from './institution.rules.js';
import { InstitutionStatus } from './institution-enums.js';
import { Staff } from './staff.entity.js';

const ENTITY = 'Institution';
const SORTABLE: Record<string, string> = {
  id: 'i.id',
  name: 'i.name',
  kind: 'i.kind',
  careSubtype: 'i.care_subtype',
  creditCode: 'i.credit_code',
  legalRepresentative: 'i.legal_representative',
  regionId: 'i.region_id',
  status: 'i.status',
  createdAt: 'i.created_at',
  updatedAt: 'i.updated_at',
};

export class InstitutionService {
  constructor(private readonly dataSource: DataSource) {}

  list(caller: Caller, args: InstitutionListArgs): Promise<Institution[]> {
    return applyListArgs(this.filtered(caller, args.filter), args, SORTABLE, 'name').getMany();
  }

  count(caller: Caller, filter?: InstitutionFilter): Promise<number> {
    return this.filtered(caller, filter).getCount();
  }

  /** One institution of the caller's regions; another region's answers NOT_FOUND. */
  get(caller: Caller, id: string): Promise<Institution> {
    return this.find(caller, id, this.dataSource.manager);
  }

  async create(caller: Caller, args: CreateInstitutionArgs): Promise<Institution> {
    const draft = normalise({ ...args, careSubtype: args.careSubtype ?? null, status: args.status ?? InstitutionStatus.active });
    await this.validate(caller, draft);
    return this.write(async (em) => {
      const saved = await em.save(em.create(Institution, draft));
      await recordAudit(em, caller, {
        operation: 'create',
        entityType: ENTITY,
        entityId: saved.id,
        regionId: saved.regionId,
        after: saved,
      });
      return saved;
    });
  }

  async update(caller: Caller, args: UpdateInstitutionArgs): Promise<Institution> {
    const { id, ...changes } = args;
    return this.write(async (em) => {
      const before = await this.find(caller, id, em, true);
      const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      const draft = normalise({ ...before, ...defined } as InstitutionDraft);
      await this.validate(caller, draft);
      const saved = await em.save(Institution, { ...before, ...draft });
      await recordAudit(em, caller, {
        operation: 'update',
        entityType: ENTITY,
        entityId: id,
        regionId: saved.regionId,
        before,
        after: saved,
      });
      return saved;
    });
  }

  async delete(caller: Caller, id: string): Promise<Institution> {
    return this.write(async (em) => {
      const before = await this.find(caller, id, em, true);
      // its staff go with it (ON DELETE CASCADE): keep them in the audit's `before`
      const staff = await em.find(Staff, { where: { institutionId: id }, order: { name: 'ASC' } });
      await em.delete(Institution, { id });
      await recordAudit(em, caller, {
        operation: 'delete',
        entityType: ENTITY,
        entityId: id,
        regionId: before.regionId,
        before: { ...before, staff },
      });
      return before;
    });
  }

  /** `forUpdate` locks the row until the transaction ends, so the audit's `before` is what was changed. */
  private async find(caller: Caller, id: string, em: EntityManager, forUpdate = false): Promise<Institution> {
    const lock = forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {};
    const row = isUuid(id) ? await em.findOne(Institution, { where: { id }, ...lock }) : null;
    if (!row || !caller.regionIds.includes(row.regionId)) throw new NotFoundError('机构', id);
    return row;
  }

  private filtered(caller: Caller, filter: InstitutionFilter = {}) {
    const qb = this.dataSource.getRepository(Institution).createQueryBuilder('i');
    qb.where('i.region_id = ANY(:regions)', { regions: visibleRegions(caller, filter.regionId) });
    if (filter.ids) qb.andWhere('i.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
    if (filter.kind) qb.andWhere('i.kind = :kind', { kind: filter.kind });
    if (filter.careSubtype) qb.andWhere('i.care_subtype = :careSubtype', { careSubtype: filter.careSubtype });
    if (filter.status) qb.andWhere('i.status = :status', { status: filter.status });
    if (filter.q?.trim()) {
      qb.andWhere('(i.name ILIKE :q OR i.credit_code ILIKE :q OR i.legal_representative ILIKE :q OR i.address ILIKE :q)', {
        q: likePattern(filter.q.trim()),
      });
    }
    return qb;
  }

  private async validate(caller: Caller, draft: InstitutionDraft): Promise<void> {
    const errors = institutionFieldErrors(draft);
    if (!errors.regionId && !(await this.dataSource.getRepository(Region).existsBy({ id: draft.regionId }))) {
      errors.regionId = `统筹地区不存在：${draft.regionId}`;
    }
    if (Object.keys(errors).length) throw new BadUserInputError(errors);
    assertRegion(caller, draft.regionId);
  }

  /** Run a change in one transaction; a duplicate credit code becomes CONFLICT, not a 500. */
  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505') {
        throw new ConflictError('统一社会信用代码已被其他机构使用', { creditCode: '该统一社会信用代码已存在' });
      }
      throw error;
    }
  }
}
