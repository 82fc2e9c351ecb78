import type { EntityManager } from 'typeorm';

/** NOTIFY channel of what ends sessions, sent in the transaction that makes the change (delivered at commit). */
export const ACCOUNTS_CHANNEL = 'fourmi_accounts';

/** What every replica's SessionGate learns: a suspension (with the reason the person is told), a reinstatement, or sessions ended. */
export type AccountChange =
  | { userId: string; kind: 'suspended'; reason: string }
  | { userId: string; kind: 'reinstated' }
  /** The password changed: tokens of an older session generation no longer sign in. */
  | { userId: string; kind: 'sessionsEnded'; generation: number };

/** Tells every replica's SessionGate of `change` when `tx` commits (NOTIFY is delivered at commit). */
export async function announceAccountChange(tx: EntityManager, change: AccountChange): Promise<void> {
  await tx.query(`SELECT pg_notify($1, $2)`, [ACCOUNTS_CHANNEL, JSON.stringify(change)]);
}
