import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Claimant } from './claimant.entity.js';
import { ClaimantContribution, HospitalStay } from './claimant-records.entity.js';

/** Per-request batches for a page of claimants (already read through Scope): their months and their stays. */
export function createClaimantLoaders(dataSource: DataSource) {
  const byClaimant = <T extends { claimantId: string }>(rows: T[], ids: readonly string[]) => {
    const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const r of rows) grouped.get(r.claimantId)?.push(r);
    return ids.map((id) => grouped.get(id) ?? []);
  };
  return {
    /** The claimant of a record already read through Scope (a care plan, a sanction). */
    claimantById: new DataLoader<string, Claimant | undefined>(async (ids) => {
      const rows = await dataSource.getRepository(Claimant).findBy({ id: In([...ids]) });
      return ids.map((id) => rows.find((r) => r.id === id));
    }),
    sanctionHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource
        .getRepository(WorkflowStep)
        .find({ where: { workflow: 'claimantSanction', recordId: In([...ids]) }, order: { id: 'ASC' } });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
    claimantContributions: new DataLoader<string, ClaimantContribution[]>(async (ids) =>
      byClaimant(
        await dataSource
          .getRepository(ClaimantContribution)
          .find({ where: { claimantId: In([...ids]) }, order: { month: 'ASC', id: 'ASC' } }),
        ids,
      ),
    ),
    claimantHospitalStays: new DataLoader<string, HospitalStay[]>(async (ids) =>
      byClaimant(
        await dataSource.getRepository(HospitalStay).find({ where: { claimantId: In([...ids]) }, order: { admittedOn: 'ASC', id: 'ASC' } }),
        ids,
      ),
    ),
  };
}
