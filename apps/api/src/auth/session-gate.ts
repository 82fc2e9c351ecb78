import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { listen, type PgListener } from '../common/pg-listener';
import { ACCOUNTS_CHANNEL, type AccountChange } from '../users/account-changes';

export const TOKEN_TTL_SECONDS = Symbol('TokenTtlSeconds');

/** Why a session may not go on. */
export type SessionEnd = { kind: 'suspended'; reason: string } | { kind: 'ended' };

interface OpenSocket {
  generation: number;
  close(): void;
}

/**
 * Which sessions may go on, known to every replica within moments of a change: session tokens are
 * checked without the database (they stay valid for days), so the guard asks this instead. It holds the
 * suspended accounts and, for accounts whose password changed within a token's lifetime, their current
 * session generation (older tokens are refused). Read at start and after every reconnection, then kept
 * current by NOTIFY. A change also closes the open subscription sockets it ends.
 */
@Injectable()
export class SessionGate implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SessionGate.name);
  private suspended = new Map<string, string>();
  private generations = new Map<string, number>();
  private readonly sockets = new Map<string, Set<OpenSocket>>();
  private listener?: PgListener;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(TOKEN_TTL_SECONDS) private readonly tokenTtlSeconds: number,
  ) {}

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

  /** Why the session of `userId`'s token of `generation` may not go on; null when it may. */
  check(userId: string, generation: number): SessionEnd | null {
    const reason = this.suspended.get(userId);
    if (reason !== undefined) return { kind: 'suspended', reason };
    return generation < (this.generations.get(userId) ?? 0) ? { kind: 'ended' } : null;
  }

  /** Runs `close` when this session ends; the returned function forgets it (the socket closed). */
  onEnd(userId: string, generation: number, close: () => void): () => void {
    const open = this.sockets.get(userId) ?? new Set();
    const socket = { generation, close };
    open.add(socket);
    this.sockets.set(userId, open);
    return () => {
      open.delete(socket);
      if (!open.size) this.sockets.delete(userId);
    };
  }

  private apply(change: AccountChange): void {
    if (change.kind === 'reinstated') this.suspended.delete(change.userId);
    else if (change.kind === 'suspended') this.suspended.set(change.userId, change.reason);
    else this.generations.set(change.userId, Math.max(change.generation, this.generations.get(change.userId) ?? 0));
    this.closeEnded(change.userId);
  }

  private closeEnded(userId: string): void {
    for (const socket of this.sockets.get(userId) ?? []) {
      if (this.check(userId, socket.generation)) {
        socket.close();
        this.sockets.get(userId)?.delete(socket);
      }
    }
  }

  /** Tokens older than their lifetime are refused anyway: only newer changes of generation matter. */
  private async reload(): Promise<void> {
    const rows: { id: string; status: string; suspension_reason: string | null; session_generation: number }[] = await this.db.query(
      `SELECT id, status, suspension_reason, session_generation FROM users
        WHERE status = 'BANNED' OR sessions_ended_at > now() - make_interval(secs => $1)`,
      [this.tokenTtlSeconds],
    );
    this.suspended = new Map(rows.filter((r) => r.status === 'BANNED').map((r) => [r.id, r.suspension_reason ?? '']));
    this.generations = new Map(rows.filter((r) => r.session_generation > 0).map((r) => [r.id, r.session_generation]));
    // Changed while this replica was not listening: their sockets close now.
    for (const userId of [...this.sockets.keys()]) this.closeEnded(userId);
  }
}
