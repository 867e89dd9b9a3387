import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { AssessorTraining, StaffCertificate } from './staff.entity.js';

/** Per-request batches for a page of staff (already read through Scope): their certificates and trainings, one query each. */
export function createStaffLoaders(dataSource: DataSource) {
  const group = <T extends { staffId: string }>(ids: readonly string[], rows: T[]) => {
    const by = new Map<string, T[]>();
    for (const r of rows) by.set(r.staffId, [...(by.get(r.staffId) ?? []), r]);
    return ids.map((id) => by.get(id) ?? []);
  };
  return {
    certificatesByStaff: new DataLoader<string, StaffCertificate[]>(async (ids) =>
      group(
        ids,
        await dataSource.getRepository(StaffCertificate).find({ where: { staffId: In([...ids]) }, order: { name: 'ASC', id: 'ASC' } }),
      ),
    ),
    trainingsByStaff: new DataLoader<string, AssessorTraining[]>(async (ids) =>
      group(
        ids,
        await dataSource
          .getRepository(AssessorTraining)
          .find({ where: { staffId: In([...ids]) }, order: { trainedOn: 'DESC', id: 'ASC' } }),
      ),
    ),
  };
}
