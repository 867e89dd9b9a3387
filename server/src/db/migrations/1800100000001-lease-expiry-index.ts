import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The leases ending soon, read for the inspectors' to-do list (Xinjiang art. 6(3), 7(4)): leased premises by their end. */
export class LeaseExpiryIndex1800100000001 implements MigrationInterface {
  name = 'LeaseExpiryIndex1800100000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE INDEX institutions_lease_ends ON institutions (lease_ends_on, id) WHERE tenure = 'leased'");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX institutions_lease_ends');
  }
}
