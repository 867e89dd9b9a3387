import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Login attempts per user name (known or not) since its last success, so that guessing is slowed down on every server copy. */
@Entity('login_attempts')
export class LoginAttempt {
  @PrimaryColumn({ type: 'text' })
  username: string;

  @Column({ type: 'int', default: 0 })
  failures: number;

  @Column({ type: 'timestamptz', name: 'last_failed_at' })
  lastFailedAt: Date;
}
