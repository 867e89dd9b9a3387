import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { isScopedEntity } from '../src/common/scope.js';
import { entities } from '../src/db/entities.js';
// every module the server runs, so that each declares its scope (the audit trail's is in its service)
import '../src/schema.js';

/**
 * Issue 7, item 4: one way to read scoped rows, `Scope` (common/scope.ts), which applies the
 * caller's regions and counties itself. This test reads every source file and fails when one reads
 * a scoped entity another way (the ORM with the entity's class, or SQL naming its table), unless
 * the read is listed here with the reason it needs no caller's scope. A new service that forgets
 * Scope fails here; so does an entry that no longer matches anything.
 */
const ALLOWED = new Map<string, string>([
  ['modules/auth/auth.service.ts User', 'sign-in reads the user before there is a caller; `me` reads the caller’s own row'],
  ['modules/auth/auth.service.ts users', 'loadCaller: the token’s user, before there is a caller'],
  ['modules/auth/auth.service.ts counties', 'loadCaller: the counties the token’s user is bound to, which make their scope'],
  ['modules/users/user.service.ts User', 'changePassword: the caller’s own row'],
  ['modules/users/user.service.ts users', 'the administrators counted and locked system-wide (the last one stays)'],
  [
    'modules/users/user.service.ts Region',
    'the regions an administrator names exist (then assertPlace decides whether they may give them)',
  ],
  ['modules/users/user.service.ts County', 'the counties an administrator names exist and lie in the chosen regions (then assertPlace)'],
  ['modules/users/user.service.ts counties', 'the regions of the counties a user already has, to keep those of other regions'],
  ['modules/users/user.loaders.ts regions', 'the regions of users already read through Scope (the resolver keeps the caller’s)'],
  ['modules/users/user.loaders.ts counties', 'the counties of users already read through Scope (the resolver keeps the caller’s)'],
  ['modules/institutions/institution.service.ts Region', 'the region a draft names exists (then assertPlace)'],
  ['modules/institutions/institution.service.ts County', 'the county a draft names lies in its region (then assertPlace)'],
  ['modules/institutions/institution.import.ts Region', 'the regions by name, kept to the submitter’s'],
  [
    'modules/institutions/institution.import.ts institutions',
    'credit codes are unique across regions: a duplicate elsewhere is an error row, nothing shown of it',
  ],
  ['modules/agreements/agreement.loaders.ts Institution', 'the institutions of agreements already read through Scope'],
  ['modules/agreements/agreement.loaders.ts service_agreements', 'the agreements of institutions already read through Scope'],
  [
    'modules/agreements/agreement.service.ts ServiceAgreement',
    'the other agreements of an institution the caller reached and locked (workflow facts, derived status)',
  ],
  ['modules/regions/region.loaders.ts Region', 'the region of a row already read through Scope'],
  ['modules/regions/region.loaders.ts County', 'the county of a row already read through Scope'],
  ['modules/audit/audit.service.ts AuditLog', 'writes the audit row (insert only)'],
  ['modules/fund/fund-ledger.ts FundPosting', 're-reads the posting this transaction just wrote, in a region the caller was checked for'],
  ['modules/fund/fund-warnings.ts FundWarning', 'the warnings of the region whose posting this transaction wrote (region checked)'],
  ['modules/fund/fund-warnings.ts fund_accounts', 'the aggregates of the region whose posting this transaction wrote (region checked)'],
  ['modules/fund/fund.loaders.ts fund_postings', 'the reversals of postings already read through Scope'],
  ['modules/fund/fund.service.ts fund_postings', 'whether a posting read through Scope is already reversed'],
  ['modules/fund/fund.service.ts fund_reversals', 'whether a posting read through Scope has a reversal pending'],
  [
    'modules/jobs/job.queue.ts Job',
    'the queue runs a job for its owner, by the id it holds; the owner’s regions are applied by the handler',
  ],
  ['modules/jobs/job.queue.ts jobs', 'the queue claims, beats and finishes jobs by id'],
  ['db/seed/bootstrap.ts User', 'first start: whether any user exists'],
  ['db/seed/seed.ts User', 'demo data: whether any user exists'],
  ['db/production-checks.ts users', 'production refuses to start while demo users can sign in'],
  ['db/scale/load.ts users', 'seed:scale writes a scratch database only: it refuses one that already has users'],
  [
    'modules/agreements/agreement.scale.ts service_agreements',
    'seed:scale: the generated institutions take their latest agreement’s state',
  ],
  ['modules/fund/fund.scale.ts fund_postings', 'seed:scale: the monthly aggregates of the generated ledger, as its own write keeps them'],
]);

const SRC = join(import.meta.dirname, '../src');
const READS =
  'find|findBy|findOne|findOneBy|findOneOrFail|findOneByOrFail|findAndCount|exists|existsBy|count|countBy|getRepository|createQueryBuilder';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

function scopedEntities(): { className: string; table: string }[] {
  const tables = getMetadataArgsStorage().tables;
  return entities
    .filter((e) => isScopedEntity(e))
    .map((e) => ({ className: e.name, table: String(tables.find((t) => t.target === e)?.name) }));
}

function readsOutsideScope(): string[] {
  const scoped = scopedEntities();
  const orm = new RegExp(`\\b(?:${READS})\\(\\s*(${scoped.map((s) => s.className).join('|')})\\b`, 'g');
  const sql = new RegExp(`\\b(?:FROM|JOIN)\\s+(${scoped.map((s) => s.table).join('|')})\\b`, 'g');
  const hits = new Set<string>();
  for (const path of sourceFiles(SRC)) {
    const file = relative(SRC, path);
    if (file === 'common/scope.ts') continue;
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(orm)) hits.add(`${file} ${m[1]}`);
    for (const m of text.matchAll(sql)) hits.add(`${file} ${m[1]}`);
  }
  return [...hits].sort();
}

describe('scoped entities are read only through Scope', () => {
  it('knows the scoped entities', () => {
    expect(
      scopedEntities()
        .map((s) => s.className)
        .sort(),
    ).toEqual([
      'Attachment',
      'AuditLog',
      'County',
      'FundAccount',
      'FundPosting',
      'FundReversal',
      'FundWarning',
      'InfoChange',
      'Institution',
      'Job',
      'PolicyChange',
      'Region',
      'ServiceAgreement',
      'User',
    ]);
  });

  it('no source file reads a scoped entity another way, unless listed with its reason', () => {
    expect(readsOutsideScope().filter((hit) => !ALLOWED.has(hit))).toEqual([]);
  });

  it('every listed exception still exists (the list does not grow stale)', () => {
    const hits = new Set(readsOutsideScope());
    expect([...ALLOWED.keys()].filter((key) => !hits.has(key))).toEqual([]);
  });
});
