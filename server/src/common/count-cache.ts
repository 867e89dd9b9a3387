/**
 * The totals of large lists (a ledger's two million postings), kept a few seconds so that paging
 * through a list does not count the region's whole index on every page view (issue 9). Exact when
 * counted; a change made through `Db.write` or `Db.transaction` in this process forgets them all
 * at once, so one's own change shows in the next total. Another process's change (the job worker's
 * import) shows within `TTL_MS`. Totals under `CACHE_FROM` are counted every time: they are cheap,
 * and where an exact figure matters (exports, reconciliations) it is never read from here.
 */
export const TTL_MS = 5_000;
export const CACHE_FROM = 10_000;
const MAX_ENTRIES = 1_000;

let generation = 0;
const entries = new Map<string, { at: number; generation: number; count: number }>();

/** Forget every kept total (after any write). */
export function forgetCounts(): void {
  generation++;
  entries.clear();
}

/** The total for `key` (the count statement and its parameters, so one caller's reach never answers another's). */
export async function keptCount(key: string, count: () => Promise<number>, now = Date.now): Promise<number> {
  const kept = entries.get(key);
  if (kept && kept.generation === generation && now() - kept.at < TTL_MS) return kept.count;
  const started = generation;
  const value = await count();
  // a write that ended while counting may not be in this total: do not keep it
  if (value >= CACHE_FROM && started === generation) {
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    entries.set(key, { at: now(), generation, count: value });
  }
  return value;
}
