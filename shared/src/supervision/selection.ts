import { mulberry32, seededShuffle } from '../assessment/prng.js';
import type { Trace } from '../core/trace.js';

export const SELECTION_CITATION = 'Qinhuangdao art. 67; Product rule: a random selection is reproducible from its recorded seed';

export interface Selection {
  seed: number;
  /** The candidates in the order drawn from (sorted by id, so the draw depends only on the set and the seed). */
  candidates: string[];
  chosen: string[];
  trace: Trace;
}

/**
 * Draw `count` targets from `candidates` with the seeded PRNG (mulberry32, Fisher–Yates): the
 * same set and seed always give the same targets, so anyone can replay the draw (Qinhuangdao art. 67 随机抽查).
 */
export function drawTargets(candidates: readonly string[], count: number, seed: number): Selection {
  const sorted = [...new Set(candidates)].sort();
  const n = Math.max(0, Math.min(Math.floor(count), sorted.length));
  const chosen = seededShuffle(sorted, mulberry32(seed)).slice(0, n);
  return {
    seed,
    candidates: sorted,
    chosen,
    trace: [
      {
        rule: 'supervision.randomSelection',
        citation: SELECTION_CITATION,
        inputs: { seed, candidates: sorted.length, count },
        output: chosen,
        note: '候选对象按编号排序后以记录的随机种子抽取（mulberry32 + Fisher–Yates），可复现',
      },
    ],
  };
}
