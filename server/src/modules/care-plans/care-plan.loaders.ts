import type { CarePlanFacts } from '@ltci/shared';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import type { CarePlan } from './care-plan.entity.js';
import { carePlanFactsFor } from './care-plan.facts.js';

/** Per-request batches for a page of care plans: their history and their guards' facts. */
export function createCarePlanLoaders(dataSource: DataSource) {
  return {
    carePlanHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'carePlan', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
    /** The accept guards' facts of a page of plans (already read through Scope), in three statements. */
    carePlanFacts: new DataLoader<CarePlan, CarePlanFacts, string>(
      async (plans) => {
        const facts = await carePlanFactsFor(dataSource.manager, plans);
        return plans.map((p) => facts.get(p.id) as CarePlanFacts);
      },
      { cacheKeyFn: (p) => p.id },
    ),
  };
}
