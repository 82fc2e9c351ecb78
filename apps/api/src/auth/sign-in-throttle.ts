import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { JobsService } from '../jobs/jobs.service';

/** Failures allowed within a window; the next locks the email's sign-in for one window. */
export const MAX_FAILURES = 10;
export const WINDOW_MINUTES = 15;
const PRUNE_QUEUE = 'prune-sign-in-attempts';

// One statement per failure, so replicas counting at once never lose one: a window older than
// WINDOW_MINUTES starts again at 1, and the MAX_FAILURES-th failure of a window sets the lock.
const FAILED_SQL = `
INSERT INTO sign_in_attempts AS s (email, failures, window_started_at) VALUES ($1, 1, now())
ON CONFLICT (email) DO UPDATE SET
  failures = CASE WHEN s.window_started_at < now() - make_interval(mins => $2) THEN 1 ELSE s.failures + 1 END,
  window_started_at = CASE WHEN s.window_started_at < now() - make_interval(mins => $2) THEN now() ELSE s.window_started_at END
RETURNING failures`;

/**
 * Online password guessing is slowed per email, on every replica (the counts are in Postgres): after
 * MAX_FAILURES wrong passwords within WINDOW_MINUTES, the email's sign-in (and a password change's
 * current-password check) is refused for WINDOW_MINUTES, whatever the password, so guessing learns
 * nothing more. Emails without an account are counted alike: the lock says nothing about which exist.
 */
@Injectable()
export class SignInThrottle implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({ name: PRUNE_QUEUE, retryLimit: 0, handle: () => this.prune() });
    await this.jobs.schedule(PRUNE_QUEUE, '17 * * * *');
  }

  /** Refuses when the email is locked. */
  async check(email: string): Promise<void> {
    const [row] = await this.db.query(`SELECT locked_until FROM sign_in_attempts WHERE email = $1 AND locked_until > now()`, [email]);
    if (row) throw tooMany(row.locked_until);
  }

  /** Counts a wrong password; the failure that reaches the limit locks the email and says so. */
  async failed(email: string): Promise<void> {
    const [row]: { failures: number }[] = await this.db.query(FAILED_SQL, [email, WINDOW_MINUTES]);
    if (row.failures < MAX_FAILURES) return;
    const [[locked]]: [{ locked_until: Date }[]] = await this.db.query(
      `UPDATE sign_in_attempts SET locked_until = now() + make_interval(mins => $2), failures = 0, window_started_at = now() WHERE email = $1 RETURNING locked_until`,
      [email, WINDOW_MINUTES],
    );
    throw tooMany(locked.locked_until);
  }

  async succeeded(email: string): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_attempts WHERE email = $1`, [email]);
  }

  private async prune(): Promise<void> {
    await this.db.query(`DELETE FROM sign_in_attempts WHERE window_started_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())`);
  }
}

function tooMany(lockedUntil: Date): DomainError {
  const minutes = Math.max(1, Math.ceil((new Date(lockedUntil).getTime() - Date.now()) / 60_000));
  return new DomainError('FORBIDDEN', `Too many failed sign-ins for this email: try again in ${minutes} min`, [], { key: 'auth.tooManyAttempts', params: { minutes } });
}
