import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInto } from '../src/db/scale/load.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

/**
 * `npm run bench`'s gates on dataset S (issue 9): every list and detail of the bench answers
 * through /graphql, the SQL ceiling and PostGraphile with the same body, no error and no non-2xx.
 * No load is measured here (that is `npm run bench`).
 */
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await generateInto(db.url, 'S', 1, () => {});
}, 120_000);
afterAll(() => db?.drop());

describe('the bench’s correctness gates on dataset S', () => {
  it('every case gives the ceiling’s body through each target', async () => {
    const run = fileURLToPath(new URL('../../test/bench/src/run.ts', import.meta.url));
    const { stderr } = await promisify(execFile)(
      process.execPath,
      ['--conditions=source', '--import', '@oxc-node/core/register', run, '--size', 'S', '--gates-only', '--database-url', db.url],
      { cwd: fileURLToPath(new URL('../../test/bench/', import.meta.url)), timeout: 240_000 },
    );
    expect(stderr).toContain('gates passed');
    expect(stderr).toMatch(/gate institutions list: same bodies/);
  }, 300_000);
});
