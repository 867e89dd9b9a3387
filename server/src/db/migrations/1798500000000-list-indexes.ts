import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes behind the lists' filters and sorts that a city's data needs (issue 9, checked by
 * test/list-plans.test.ts on generated data): the audit trail of a region and the sign-ins with
 * no region, newest first (its scope is an OR of the two, now a BitmapOr of these); the ledger
 * sorted by amount within a region.
 */
export class ListIndexes1798500000000 implements MigrationInterface {
  name = 'ListIndexes1798500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('SET LOCAL statement_timeout = 0');
    await q.query('CREATE INDEX audit_logs_region_at ON audit_logs (region_id, at DESC, id)');
    await q.query('CREATE INDEX audit_logs_no_region_at ON audit_logs (at DESC, id) WHERE region_id IS NULL');
    await q.query('CREATE INDEX fund_postings_region_amount ON fund_postings (region_id, amount, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['audit_logs_region_at', 'audit_logs_no_region_at', 'fund_postings_region_amount'])
      await q.query(`DROP INDEX ${index}`);
  }
}
