import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../src/print-schema.js';

describe('server/schema.graphql', () => {
  it('matches the schema the resolvers build (run `npm run schema -w server` after changing the API)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });
});
