import { TPA_RECTIFICATION_WORKFLOW } from '@ltci/shared';
import type { Caller } from '../../common/context.js';
import type { Db } from '../../common/db.js';
import type { Scope } from '../../common/scope.js';
import { runTransition, type TransitionSpec } from '../../common/workflow/run-transition.js';
import {
  RECTIFICATION_SORT,
  type TpaRectificationFilter,
  type TpaRectificationListArgs,
  type TransitionTpaRectificationArgs,
} from './tpa.args.js';
import { uuidOrNull, uuids } from './tpa-common.js';
import { TpaRectification } from './tpa-fee-payment.entity.js';
import { TpaReads, tpaRows } from './tpa-scope.js';

/** Interview-and-rectification cases after a poor result (Tianjin art. 20), closed by an inspector with a reason. */
export class TpaRectificationService {
  constructor(private readonly db: Db) {}

  private readonly reads = new TpaReads(this.db, TpaRectification, '约谈整改', rectificationRows, RECTIFICATION_SORT);

  list(caller: Caller, args: TpaRectificationListArgs): Promise<TpaRectification[]> {
    return this.reads.list(caller, args);
  }

  count(caller: Caller, filter?: TpaRectificationFilter | null): Promise<number> {
    return this.reads.count(caller, filter);
  }

  get(caller: Caller, id: string): Promise<TpaRectification> {
    return this.reads.get(caller, id);
  }

  transition(caller: Caller, args: TransitionTpaRectificationArgs): Promise<TpaRectification> {
    return this.db.write(caller, 'transitionTpaRectification', (scope) => runTransition(scope, RECTIFICATION_TRANSITIONS, args));
  }
}

const RECTIFICATION_TRANSITIONS: TransitionSpec<TpaRectification, string, string, Record<string, never>> = {
  workflow: TPA_RECTIFICATION_WORKFLOW as never,
  entity: TpaRectification,
  entityType: 'TpaRectification',
  facts: async () => ({}),
};

export function rectificationRows(scope: Scope, given?: TpaRectificationFilter | null) {
  const filter = given ?? {};
  const qb = tpaRows(scope, TpaRectification, 'r', filter.regionId);
  if (filter.ids) qb.andWhere('r.id = ANY(:ids)', { ids: uuids(filter.ids) });
  if (filter.contractId) qb.andWhere('r.contract_id = :c', { c: uuidOrNull(filter.contractId) });
  if (filter.state) qb.andWhere('r.state = :state', { state: filter.state });
  return qb;
}
