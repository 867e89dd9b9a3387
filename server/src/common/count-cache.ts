/**
 * The totals of large lists (a ledger's two million postings), kept a few seconds so that paging
 * through a list does not count the region's whole index on every page view (issue 9). Exact when
 * counted; a change made through `Db.write` or `Db.transaction` in this process forgets them all
 * at once, so one's own change shows in the next total. Past `TTL_MS` (or ten times the count's
 * own time, if longer) the old total answers while one new count runs (no page view waits for it),
 * so another process's change (the job worker's import) shows within that and one count. Totals under `CACHE_FROM` are counted every time: they are cheap,
 * and where an exact figure matters (exports, reconciliations) it is never read from here.
 */
export const TTL_MS = 5_000;
export const CACHE_FROM = 10_000;
const MAX_ENTRIES = 1_000;

let generation = 0;
const entries = new Map<string, { at: number; ttl: number; generation: number; count: number }>();
/** Counts under way: page views arriving together wait for the one count instead of each starting theirs. */
const pending = new Map<string, { generation: number; count: Promise<number> }>();

/** Forget every kept total (after any write). */
export function forgetCounts(): void {
  generation++;
  entries.clear();
  pending.clear();
}

/** The total for `key` (the count statement and its parameters, so one caller's reach never answers another's). */
export async function keptCount(key: string, count: () => Promise<number>, now = Date.now): Promise<number> {
  const kept = entries.get(key);
  if (kept && kept.generation === generation) {
    if (now() - kept.at >= kept.ttl && !pending.has(key)) refresh(key, count, now).catch(() => entries.delete(key));
    // an old total (no write since) answers while the new one is counted, so no page view waits for it
    return kept.count;
  }
  return refresh(key, count, now);
}

async function refresh(key: string, count: () => Promise<number>, now: () => number): Promise<number> {
  const running = pending.get(key);
  if (running && running.generation === generation) return running.count;
  const started = generation;
  const since = now();
  const counting = count();
  pending.set(key, { generation: started, count: counting });
  try {
    const value = await counting;
    // a write that ended while counting may not be in this total: do not keep it
    if (value >= CACHE_FROM && started === generation) {
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
      // a count that took long is kept longer (ten times its time), so counting never fills the database's day
      entries.set(key, { at: now(), ttl: Math.max(TTL_MS, 10 * (now() - since)), generation, count: value });
    }
    return value;
  } finally {
    if (pending.get(key)?.count === counting) pending.delete(key);
  }
}
