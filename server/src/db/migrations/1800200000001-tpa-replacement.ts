import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A TPA contract that replaces another after a mid-year tender (Tianjin art. 16): the old one ends the day before. */
export class TpaReplacement1800200000001 implements MigrationInterface {
  name = 'TpaReplacement1800200000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE tpa_contracts ADD COLUMN replaces_contract_id uuid REFERENCES tpa_contracts(id)');
    await q.query(
      'CREATE UNIQUE INDEX tpa_contracts_replaces ON tpa_contracts (replaces_contract_id) WHERE replaces_contract_id IS NOT NULL',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX tpa_contracts_replaces');
    await q.query('ALTER TABLE tpa_contracts DROP COLUMN replaces_contract_id');
  }
}
