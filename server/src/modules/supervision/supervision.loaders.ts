import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import { InspectionFinding } from './inspection.entity.js';

const history = (dataSource: DataSource, workflow: string) =>
  new DataLoader<string, WorkflowStep[]>(async (ids) => {
    const rows = await dataSource.getRepository(WorkflowStep).find({ where: { workflow, recordId: In([...ids]) }, order: { id: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.recordId === id));
  });

/** Per-request batches for a page of inspections and rectifications: history and findings. */
export function createSupervisionLoaders(dataSource: DataSource) {
  return {
    inspectionHistory: history(dataSource, 'inspection'),
    rectificationHistory: history(dataSource, 'rectification'),
    inspectionFindings: new DataLoader<string, InspectionFinding[]>(async (ids) => {
      const rows = await dataSource.getRepository(InspectionFinding).find({
        where: { inspectionId: In([...ids]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.inspectionId === id));
    }),
  };
}
