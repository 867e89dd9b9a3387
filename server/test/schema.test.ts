import { readFileSync } from 'node:fs';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../src/print-schema.js';

describe('server/schema.graphql', () => {
  it('matches the schema the resolvers build (run `npm run schema -w server` after changing the API)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });

  it('declares who may call every query and mutation: only login is open', async () => {
    await printedSchema(); // building the schema fills in each operation's @Authorized roles
    const storage = getMetadataStorage();
    const operations = [...storage.queries, ...storage.mutations];
    expect(operations.length).toBeGreaterThan(10);
    expect(operations.filter((op) => op.roles === undefined).map((op) => op.schemaName)).toEqual(['login']);
  });
});
