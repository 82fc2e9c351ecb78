import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { listen, type PgListener } from '../common/pg-listener';

/** NOTIFY channel of suspensions and reinstatements, sent in the transaction that makes them. */
export const ACCOUNTS_CHANNEL = 'fourmi_accounts';

export interface AccountChange {
  userId: string;
  /** The admin's reason, shown to the person; null: reinstated. */
  suspendedFor: string | null;
}

/**
 * The suspended accounts, known to every replica within moments of a suspension: session tokens are
 * checked without the database (they stay valid for days), so the guard asks this set instead. Read
 * whole at start and after every reconnection, then kept current by NOTIFY. A suspension also closes
 * the person's open subscription sockets.
 */
@Injectable()
export class SuspendedAccounts implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SuspendedAccounts.name);
  private suspended = new Map<string, string>();
  private readonly sockets = new Map<string, Set<() => void>>();
  private listener?: PgListener;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async onModuleInit(): Promise<void> {
    this.listener = await listen({
      connectionString: (this.db.options as { url?: string }).url,
      channel: ACCOUNTS_CHANNEL,
      logger: this.logger,
      onMessage: (payload) => this.apply(JSON.parse(payload) as AccountChange),
      onListening: () => this.reload(),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener?.close();
  }

  /** The reason an account is suspended for, or undefined when it is not. */
  reasonFor(userId: string): string | undefined {
    return this.suspended.get(userId);
  }

  /** Runs `close` when the account is suspended; the returned function forgets it (the socket closed). */
  onSuspended(userId: string, close: () => void): () => void {
    const closers = this.sockets.get(userId) ?? new Set();
    closers.add(close);
    this.sockets.set(userId, closers);
    return () => {
      closers.delete(close);
      if (!closers.size) this.sockets.delete(userId);
    };
  }

  private apply(change: AccountChange): void {
    if (change.suspendedFor === null) {
      this.suspended.delete(change.userId);
      return;
    }
    this.suspended.set(change.userId, change.suspendedFor);
    for (const close of this.sockets.get(change.userId) ?? []) close();
    this.sockets.delete(change.userId);
  }

  private async reload(): Promise<void> {
    const rows: { id: string; suspension_reason: string | null }[] = await this.db.query(`SELECT id, suspension_reason FROM users WHERE status = 'BANNED'`);
    this.suspended = new Map(rows.map((r) => [r.id, r.suspension_reason ?? '']));
    // Suspended while this replica was not listening: its sockets close now.
    for (const userId of [...this.sockets.keys()]) {
      const reason = this.suspended.get(userId);
      if (reason !== undefined) this.apply({ userId, suspendedFor: reason });
    }
  }
}
