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
    /** Qinhuangdao art. 71: the last day of each institution's latest suspension by supervision, or null. */
    restrictedUntil: new DataLoader<string, string | null>(async (ids) => {
      const rows: { institution_id: string; until: string }[] = await dataSource.query(
        `SELECT institution_id, max(restricted_until)::text AS until FROM supervision_consequences
          WHERE institution_id = ANY($1) AND kind = 'suspension' AND restricted_until IS NOT NULL GROUP BY institution_id`,
        [[...ids]],
      );
      const byId = new Map(rows.map((r) => [r.institution_id, r.until]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
