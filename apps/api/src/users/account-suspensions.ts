import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { fieldProblem } from '../common/domain-error';
import { isUuid } from '../projects/projects.service';
import { type AccountChange, announceAccountChange } from './account-changes';
import { UsersError } from './users.service';

const noSuchUser = () => UsersError.notFound('No such user', 'user.notFound', [fieldProblem('userId', 'No such user', 'field.userNotFound')]);

/**
 * Admins suspend an account (worker, requester or admin) and reinstate it, each audited with the reason.
 * A suspended person is signed out within moments on every replica (auth's SessionGate) and cannot sign
 * in; the minute's lease sweep frees the tasks they hold (dispatch's END_SUSPENDED_LEASES_SQL); their
 * answers, projects and money stay as they are (bans are how a worker is kept from work).
 */
@Injectable()
export class AccountSuspensions {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  suspend(adminId: string, userId: string, reason: string): Promise<void> {
    if (userId === adminId) throw new UsersError('FORBIDDEN', 'You cannot suspend your own account', [], { key: 'account.notYourself', params: {} });
    return this.change(adminId, userId, { userId, kind: 'suspended', reason }, reason);
  }

  reinstate(adminId: string, userId: string, reason: string): Promise<void> {
    return this.change(adminId, userId, { userId, kind: 'reinstated' }, reason);
  }

  /** One transaction: the account's row locked and changed, the audit event, and the NOTIFY (sent at commit). */
  private async change(adminId: string, userId: string, change: AccountChange, reason: string): Promise<void> {
    if (!isUuid(userId)) throw noSuchUser();
    const suspending = change.kind === 'suspended';
    await this.db.transaction(async (tx) => {
      const [user] = await tx.query(`SELECT status FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      if (!user) throw noSuchUser();
      if ((user.status === 'BANNED') === suspending) {
        const [message, key] = suspending ? ['This account is already suspended', 'account.alreadySuspended'] as const : ['This account is not suspended', 'account.notSuspended'] as const;
        throw new UsersError('CONFLICT', message, [], { key, params: {} });
      }
      await tx.query(
        suspending
          ? `UPDATE users SET status = 'BANNED', suspended_at = now(), suspension_reason = $2 WHERE id = $1`
          : `UPDATE users SET status = 'ACTIVE', suspended_at = NULL, suspension_reason = NULL WHERE id = $1`,
        suspending ? [userId, reason] : [userId],
      );
      await tx.query(
        `INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details) VALUES ($1, $2, 'USER', $3, $4, '{}')`,
        [adminId, suspending ? 'ACCOUNT_SUSPENDED' : 'ACCOUNT_REINSTATED', userId, reason],
      );
      await announceAccountChange(tx, change);
    });
  }
}
