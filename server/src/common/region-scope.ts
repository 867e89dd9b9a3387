import type { Caller } from './context.js';
import { ForbiddenError } from './errors.js';

/**
 * Region scoping lives in the service layer: a caller reads and writes only rows of the
 * regions they are bound to. Reads of another region's row answer NOT_FOUND (its existence is
 * not revealed); writes into another region answer FORBIDDEN.
 */
export function assertRegion(caller: Caller, regionId: string): void {
  if (!caller.regionIds.includes(regionId)) throw new ForbiddenError(`无权操作该统筹地区的数据：${regionId}`);
}

/** The regions a list may show: the caller's, narrowed by a filter when one is given. */
export function visibleRegions(caller: Caller, requested?: string | null): string[] {
  if (!requested) return caller.regionIds;
  return caller.regionIds.includes(requested) ? [requested] : [];
}
