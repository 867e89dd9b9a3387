import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Login throttling per (user name, address) and per address (user name ''): see modules/auth/login-throttle.ts. */
export class LoginAttemptsByAddress1796100000000 implements MigrationInterface {
  name = 'LoginAttemptsByAddress1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM login_attempts'); // passing state: everyone simply starts afresh
    await q.query("ALTER TABLE login_attempts ADD COLUMN address text NOT NULL DEFAULT ''");
    await q.query('ALTER TABLE login_attempts DROP CONSTRAINT login_attempts_pkey');
    await q.query('ALTER TABLE login_attempts ADD PRIMARY KEY (username, address)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DELETE FROM login_attempts');
    await q.query('ALTER TABLE login_attempts DROP CONSTRAINT login_attempts_pkey');
    await q.query('ALTER TABLE login_attempts DROP COLUMN address');
    await q.query('ALTER TABLE login_attempts ADD PRIMARY KEY (username)');
  }
}
