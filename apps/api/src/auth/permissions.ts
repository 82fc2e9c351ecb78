import { Role } from '../users/user.entity';

/** What an operation needs. Roles grant permissions; operations declare them with `@Allow`. */
export enum Permission {
  /** Create projects, post batches, see own results. */
  ProjectManage = 'project:manage',
  /** Claim and submit tasks. */
  TaskWork = 'task:work',
  /** Credit and refund balances, reconcile payments (audited). */
  LedgerAdmin = 'ledger:admin',
  /** Audit workers' quality, ban and lift bans (audited). */
  QualityAdmin = 'quality:admin',
  /** Find any account by email or name, with its role, bans and balance: where admin actions start. */
  PeopleAdmin = 'people:admin',
  /** Suspend and reinstate any account (audited). */
  AccountAdmin = 'account:admin',
  /** Any signed-in user (own profile). */
  Self = 'self',
}

const grants: Record<Role, Permission[]> = {
  [Role.WORKER]: [Permission.Self, Permission.TaskWork],
  [Role.REQUESTER]: [Permission.Self, Permission.ProjectManage],
  [Role.ADMIN]: [Permission.Self, Permission.LedgerAdmin, Permission.QualityAdmin, Permission.PeopleAdmin, Permission.AccountAdmin],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => grants[role] ?? []));
}
