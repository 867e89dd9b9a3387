import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every TypeScript example in shared/README.md must stand, verbatim but for layout and imports,
 * in one of the domains' readme.test.ts files, which run it and check what it prints.
 */
const src = new URL('.', import.meta.url);
const readme = readFileSync(new URL('../README.md', src), 'utf8');
const tests = readdirSync(src, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('readme.test.ts'))
  .map((f) => readFileSync(new URL(f, src), 'utf8'))
  .join('\n');

/** Drop imports, comments, whitespace, trailing commas and semicolons: what is left is the code. */
const essence = (code: string) =>
  code
    .replace(/^import .*$/gm, '')
    .replace(/\/\/.*$/gm, '')
    .replace(/\s+/g, '')
    .replace(/[,;](?=[)\]}])/g, '')
    .replace(/;/g, '');

const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('shared/README.md examples', () => {
  it('has one or more examples', () => {
    expect(examples.length).toBeGreaterThan(20);
  });
  it.each(examples.map((code, i) => [i + 1, code]))('example %i is run by a readme.test.ts', (_i, code) => {
    expect(essence(tests)).toContain(essence(String(code)));
  });
});
