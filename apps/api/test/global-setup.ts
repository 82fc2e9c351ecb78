import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { runMigrations } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL without a database name; spec files clone `fourmi_template` from it. */
    pgServerUrl: string;
  }
}

export const TEMPLATE_DB = 'fourmi_template';

/** One embedded PostgreSQL for the whole run, with the migrations applied once to a template database. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Under /tmp: when tests run as root, PostgreSQL runs as `postgres`, which must be able to write here.
  const dataDir = join(tmpdir(), `fourmi-test-pg-${process.pid}`);
  const port = await freePort();
  const server = await startEmbeddedPostgres({ dataDir, port, database: TEMPLATE_DB, fast: true });
  await runMigrations(server.url);
  const serverUrl = server.url.slice(0, server.url.lastIndexOf('/'));
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`ALTER DATABASE ${TEMPLATE_DB} WITH IS_TEMPLATE true`);
  await admin.end();
  project.provide('pgServerUrl', serverUrl);
  return async () => {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
