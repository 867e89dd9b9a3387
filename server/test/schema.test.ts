import { readFileSync } from 'node:fs';
import { type RightId, rightById, rolesWith, SIGNED_IN } from '@ltci/shared';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { NeedsRight } from '../src/common/rights.js';
import { printedSchema, SCHEMA_FILE } from '../src/print-schema.js';
import { namedRights } from './support/matrix-users.js';

describe('server/schema.graphql', () => {
  it('matches the schema the resolvers build (run `npm run schema -w server` after changing the API)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printedSchema());
  });

  it('every query and mutation names a right of the rights table (its roles come from there): only login is open', async () => {
    await printedSchema(); // building the schema fills in each operation's metadata
    const storage = getMetadataStorage();
    const operations = [...storage.queries, ...storage.mutations];
    expect(operations.length).toBeGreaterThan(10);
    expect(operations.filter((op) => op.roles === undefined).map((op) => op.schemaName)).toEqual(['login']);
    const rights = namedRights();
    expect([...rights].filter(([, right]) => right === undefined).map(([op]) => op)).toEqual(['login']);
    for (const op of operations) {
      const right = rights.get(op.schemaName);
      if (right) expect(op.roles, op.schemaName).toEqual(rightById(right).roles === SIGNED_IN ? [] : [...rolesWith(right)]);
    }
  });

  it('a resolver cannot name a right the table lacks', () => {
    expect(() => NeedsRight('institution.fly' as RightId)).toThrow(/unknown right/);
  });
});
