import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Staff } from './staff.entity.js';

/** A loader that remembers which keys were asked of it in this request. */
class AskedLoader<K, V> extends DataLoader<K, V> {
  readonly asked = new Set<K>();

  override load(key: K): Promise<V> {
    this.asked.add(key);
    return super.load(key);
  }
}

/** Per-request batches: one query for the staff of every institution on a page. */
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
  };
}
