import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Staff } from './staff.entity.js';

/** A loader that remembers which keys were asked of it in this request. */
class AskedLoader<K, V> extends DataLoader<K, V> {
  readonly asked = new Set<K>();

  override load(key: K): Promise<V> {
    this.asked.add(key);
    return super.load(key);
  }
}

/** Per-request batches: one query for the staff, the history or the agreements in force of every institution on a page. */
export function createInstitutionLoaders(dataSource: DataSource) {
  const staffByInstitution = new AskedLoader<string, Staff[]>(async (ids) => {
    const rows = await dataSource
      .getRepository(Staff)
      .createQueryBuilder('s')
      .where('s.institution_id = ANY(:ids)', { ids: [...ids] })
      .orderBy('s.name')
      .addOrderBy('s.id')
      .getMany();
    return ids.map((id) => rows.filter((s) => s.institutionId === id));
  });
  return {
    staffByInstitution,
    /** Counted by SQL, unless the same request reads these institutions' staff anyway (the detail page): then their length. */
    staffCountByInstitution: new DataLoader<string, number>(async (ids) => {
      if (ids.every((id) => staffByInstitution.asked.has(id)))
        return Promise.all(ids.map(async (id) => (await staffByInstitution.load(id)).length));
      const rows: { institution_id: string; n: string }[] = await dataSource.query(
        'SELECT institution_id, count(*) AS n FROM staff WHERE institution_id = ANY($1) GROUP BY institution_id',
        [[...ids]],
      );
      const counts = new Map(rows.map((r) => [r.institution_id, Number(r.n)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    institutionHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'institutionActivity', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      const byId = new Map<string, WorkflowStep[]>();
      for (const r of rows) byId.set(r.recordId, [...(byId.get(r.recordId) ?? []), r]);
      return ids.map((id) => byId.get(id) ?? []);
    }),
    agreementInForceByInstitution: new DataLoader<string, boolean>(async (ids) => {
      const rows: { institution_id: string }[] = await dataSource.query(
        "SELECT DISTINCT institution_id FROM service_agreements WHERE institution_id = ANY($1) AND state IN ('active', 'suspended', 'termination_pending')",
        [[...ids]],
      );
      const inForce = new Set(rows.map((r) => r.institution_id));
      return ids.map((id) => inForce.has(id));
    }),
  };
}
