import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';

/** Per-request batches for a page of applications (already read through Scope): their history. */
export function createApplicationLoaders(dataSource: DataSource) {
  return {
    applicationHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'assessmentApplication', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      const grouped = new Map<string, WorkflowStep[]>(ids.map((id) => [id, []]));
      for (const r of rows) grouped.get(r.recordId)?.push(r);
      return ids.map((id) => grouped.get(id) ?? []);
    }),
  };
}
