import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { Job } from '../jobs/job.entity.js';

/** Per-request batches for a page of settlement runs: their history and their jobs. */
export function createSettlementLoaders(dataSource: DataSource) {
  return {
    settlementRunHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'settlementRun', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
    settlementJob: new DataLoader<string, Job | undefined>(async (ids) => {
      const rows = await dataSource.getRepository(Job).find({ where: { id: In([...ids]) } });
      return ids.map((id) => rows.find((r) => r.id === id));
    }),
  };
}
