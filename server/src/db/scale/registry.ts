import type { ClientBase } from 'pg';
import type { Cell } from './copy.js';
import type { Prng } from './prng.js';
import type { ScaleSize } from './sizes.js';

/** What every generator is handed: the size's figures, its own seeded stream, and what earlier generators made. */
export interface ScaleContext {
  size: ScaleSize;
  rng: Prng;
  client: ClientBase;
  /** Ids and facts that later generators need (regions, institutions, users…), keyed by the generator that made them. */
  made: Map<string, unknown>;
  /** `COPY` rows into a table, reporting progress on stderr. */
  copy(table: string, columns: string[], rows: Iterable<Cell[]>, expected: number): Promise<number>;
}

/**
 * A module's share of a scale dataset. It writes only rows valid under our own rules (CHECK
 * constraints, region/county consistency, the shared rules' checks) and draws every value from
 * `ctx.rng`, so a seed always gives the same data.
 */
export interface ScaleGenerator {
  name: string;
  /** Generators whose `made` entries this one reads. */
  after?: string[];
  run(ctx: ScaleContext): Promise<Record<string, number>>;
}

const generators: ScaleGenerator[] = [];

/** Register a module's generator (see README: "A scale dataset"). */
export function registerScaleGenerator(generator: ScaleGenerator): void {
  if (generators.some((g) => g.name === generator.name)) throw new Error(`scale generator ${generator.name} is registered twice`);
  generators.push(generator);
}

/** The registered generators, each after those it reads. */
export function orderedGenerators(): ScaleGenerator[] {
  const done = new Set<string>();
  const ordered: ScaleGenerator[] = [];
  const visit = (g: ScaleGenerator, path: string[]) => {
    if (done.has(g.name)) return;
    if (path.includes(g.name)) throw new Error(`scale generators depend in a circle: ${[...path, g.name].join(' → ')}`);
    for (const name of g.after ?? []) {
      const dep = generators.find((d) => d.name === name);
      if (!dep) throw new Error(`scale generator ${g.name} runs after ${name}, which is not registered`);
      visit(dep, [...path, g.name]);
    }
    done.add(g.name);
    ordered.push(g);
  };
  for (const g of generators) visit(g, []);
  return ordered;
}
