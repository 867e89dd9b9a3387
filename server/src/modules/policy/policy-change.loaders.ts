import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import type { Caller } from '../../common/context.js';
import { WorkflowStep } from '../../common/workflow/workflow-step.entity.js';
import type { PolicyChange } from './policy-change.entity.js';
import { lastSettledMonths, type PolicyChangeDescription, type PolicyChangeService } from './policy-change.service.js';

/** Per-request batches for a page of parameter changes: their workflow history, their regions' last settled months. */
export function createPolicyChangeLoaders(dataSource: DataSource) {
  return {
    policyChangeHistory: new DataLoader<string, WorkflowStep[]>(async (ids) => {
      const rows = await dataSource.getRepository(WorkflowStep).find({
        where: { workflow: 'policyChange', recordId: In([...ids]) },
        order: { id: 'ASC' },
      });
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    }),
    policyChangeSettledMonth: new DataLoader<string, string | null>(async (regionIds) => {
      const months = await lastSettledMonths((sql, params) => dataSource.query(sql, params), regionIds);
      return regionIds.map((id) => months.get(id) ?? null);
    }),
  };
}

const descriptions = new WeakMap<object, DataLoader<PolicyChange, PolicyChangeDescription, string>>();

/**
 * The diff and sample figures of each change of a page, computed in one batch (the base packs of
 * the whole page in two reads per region): one loader per request, keyed by the request's loaders.
 */
export function policyChangeDescriptions(
  request: object,
  caller: Caller,
  service: PolicyChangeService,
): DataLoader<PolicyChange, PolicyChangeDescription, string> {
  let loader = descriptions.get(request);
  if (!loader) {
    loader = new DataLoader((rows) => service.describeMany(caller, rows), { cacheKeyFn: (row) => `${row.id}:${row.version}` });
    descriptions.set(request, loader);
  }
  return loader;
}
