import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Counties (县区: districts, counties, functional zones, sub-districts, regiments) within a region,
 * for the split of work between the city agency and the county agencies (Qinhuangdao art. 60–61);
 * users bound to counties; institutions and agreements placed in one; and what administrators need
 * to run accounts: a forced password change, a phone number (masked when shown).
 */
export class CountiesAndAccounts1797200000000 implements MigrationInterface {
  name = 'CountiesAndAccounts1797200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE counties (
        id        text PRIMARY KEY CHECK (id ~ '^[a-z0-9-]{1,64}$'),
        region_id text NOT NULL REFERENCES regions(id),
        name      text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 50),
        kind      text NOT NULL CHECK (kind IN ('district','county','zone','subdistrict','regiment')),
        UNIQUE (region_id, id),
        UNIQUE (region_id, name)
      )`);
    await q.query(`
      CREATE TABLE user_counties (
        user_id   uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        county_id text NOT NULL REFERENCES counties(id),
        PRIMARY KEY (user_id, county_id)
      )`);
    await q.query('CREATE INDEX user_counties_county ON user_counties (county_id, user_id)');
    await q.query('CREATE INDEX user_regions_region ON user_regions (region_id, user_id)');
    await q.query(`ALTER TABLE users
      ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
      ADD COLUMN phone text CHECK (phone ~ '^[0-9+() -]{5,20}$'),
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now()`);
    await q.query('CREATE INDEX users_display_name ON users (display_name, id)');
    await q.query('CREATE INDEX users_created_at ON users (created_at, id)');
    await q.query('CREATE INDEX users_roles ON users USING gin (roles)');
    // A county of another region is refused by the database too (MATCH SIMPLE: no county, no check).
    for (const table of ['institutions', 'service_agreements']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN county_id text`);
      await q.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${table}_county_fk FOREIGN KEY (region_id, county_id) REFERENCES counties (region_id, id)`,
      );
    }
    await q.query('CREATE INDEX institutions_county_name ON institutions (county_id, name)');
    await q.query('CREATE INDEX service_agreements_county_end ON service_agreements (county_id, end_date, id)');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['institutions', 'service_agreements']) await q.query(`ALTER TABLE ${table} DROP COLUMN county_id`);
    await q.query('DROP INDEX users_roles');
    await q.query('DROP INDEX users_created_at');
    await q.query('DROP INDEX users_display_name');
    await q.query('ALTER TABLE users DROP COLUMN must_change_password, DROP COLUMN phone, DROP COLUMN updated_at');
    await q.query('DROP INDEX user_regions_region');
    await q.query('DROP TABLE user_counties');
    await q.query('DROP TABLE counties');
  }
}
