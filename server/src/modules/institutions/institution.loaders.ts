import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Staff } from './staff.entity.js';

/** Per-request batches: one query for the staff of every institution on a page. */
export function createInstitutionLoaders(dataSource: DataSource) {
  return {
    staffByInstitution: new DataLoader<string, Staff[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(Staff)
        .createQueryBuilder('s')
        .where('s.institution_id = ANY(:ids)', { ids: [...ids] })
        .orderBy('s.name')
        .addOrderBy('s.id')
        .getMany();
      return ids.map((id) => rows.filter((s) => s.institutionId === id));
    }),
    staffCountByInstitution: new DataLoader<string, number>(async (ids) => {
      const rows: { institution_id: string; n: string }[] = await dataSource.query(
        'SELECT institution_id, count(*) AS n FROM staff WHERE institution_id = ANY($1) GROUP BY institution_id',
        [[...ids]],
      );
      const counts = new Map(rows.map((r) => [r.institution_id, Number(r.n)]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}
