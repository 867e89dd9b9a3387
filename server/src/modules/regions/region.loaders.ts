import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
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
  };
}
