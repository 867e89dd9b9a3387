import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { County } from '../regions/county.entity.js';
import { Region } from '../regions/region.entity.js';

/** Per-request batches: the regions and counties of every user on a page, in one query each. */
export function createUserLoaders(dataSource: DataSource) {
  return {
    regionsByUser: new DataLoader<string, Region[]>(async (ids) => {
      const rows: { user_id: string; id: string; name: string }[] = await dataSource.query(
        `SELECT ur.user_id, r.id, r.name FROM user_regions ur JOIN regions r ON r.id = ur.region_id
          WHERE ur.user_id = ANY($1) ORDER BY r.id`,
        [[...ids]],
      );
      return ids.map((id) => rows.filter((r) => r.user_id === id).map((r) => Object.assign(new Region(), { id: r.id, name: r.name })));
    }),
    countiesByUser: new DataLoader<string, County[]>(async (ids) => {
      const rows: { user_id: string; id: string; region_id: string; name: string; kind: County['kind'] }[] = await dataSource.query(
        `SELECT uc.user_id, c.id, c.region_id, c.name, c.kind FROM user_counties uc JOIN counties c ON c.id = uc.county_id
          WHERE uc.user_id = ANY($1) ORDER BY c.id`,
        [[...ids]],
      );
      return ids.map((id) =>
        rows
          .filter((r) => r.user_id === id)
          .map((r) => Object.assign(new County(), { id: r.id, regionId: r.region_id, name: r.name, kind: r.kind })),
      );
    }),
  };
}
