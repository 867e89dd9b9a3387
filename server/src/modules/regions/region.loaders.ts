import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { County } from './county.entity.js';
import { Region } from './region.entity.js';

export function createRegionLoaders(dataSource: DataSource) {
  return {
    regionById: new DataLoader<string, Region | undefined>(async (ids) => {
      const rows = await dataSource
        .getRepository(Region)
        .createQueryBuilder('r')
        .where('r.id = ANY(:ids)', { ids: [...ids] })
        .getMany();
      return ids.map((id) => rows.find((r) => r.id === id));
    }),
    /** The county of a row already read through Scope. */
    countyById: new DataLoader<string, County | undefined>(async (ids) => {
      const rows = await dataSource
        .getRepository(County)
        .createQueryBuilder('c')
        .where('c.id = ANY(:ids)', { ids: [...ids] })
        .getMany();
      return ids.map((id) => rows.find((c) => c.id === id));
    }),
  };
}
