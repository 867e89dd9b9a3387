import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed logins per user name (known or not) and address since the last success, and per address
 * across user names (username ''), so that guessing is slowed down on every server copy (login-throttle.ts).
 */
@Entity('login_attempts')
export class LoginAttempt {
  @PrimaryColumn({ type: 'text' })
  username: string;

  @PrimaryColumn({ type: 'text' })
  address: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz', name: 'last_failed_at' })
  lastFailedAt: Date;
}
