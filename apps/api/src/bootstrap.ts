import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { type LogLevel, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { type AppOptions, AppModule } from './app.module';
import type { AppConfig } from './config/app.config';
import { runMigrations } from './database/data-source';
import { startEmbeddedPostgres } from './database/embedded-postgres';
import { serveWebApps } from './web/serve-web-apps';

const logger = new Logger('Bootstrap');

export interface Runtime extends AppOptions {
  stopDatabase(): Promise<void>;
}

/** Connects to (or starts) PostgreSQL and applies pending migrations. */
export async function prepareRuntime(config: AppConfig): Promise<Runtime> {
  let databaseUrl = config.databaseUrl;
  let stopDatabase = async () => undefined as void;
  if (!databaseUrl) {
    logger.log(`No DATABASE_URL: starting the embedded PostgreSQL in ${config.dataDir}`);
    const pg = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort, database: 'fourmi', ownSignals: true });
    databaseUrl = pg.url;
    stopDatabase = pg.stop;
  }
  const applied = await runMigrations(databaseUrl);
  if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);
  const jwtSecret = config.jwtSecret ?? (await localSecret(config.dataDir));
  return { databaseUrl, dbPoolSize: config.dbPoolSize, jwtSecret, tokenTtlSeconds: config.tokenTtlSeconds, production: config.production, payments: config.payments, stopDatabase };
}

export async function createApp(options: AppOptions, webDist?: string, logger: LogLevel[] = ['log', 'warn', 'error']): Promise<NestExpressApplication> {
  // rawBody: the Stripe webhook's signature is checked over the exact bytes received.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), { logger, rawBody: true });
  app.enableShutdownHooks();
  // No ETag on API answers (GraphQL POSTs are never revalidated; hashing each body cost 1 % of a request).
  // Static files keep theirs: express.static and sendFile set them on their own.
  app.set('etag', false);
  keepIdleConnections(app.getHttpServer() as Server);
  if (webDist) serveWebApps(app, webDist);
  return app;
}

/**
 * Idle keep-alive connections stay open longer than clients and proxies keep them (60 s is the usual
 * load balancer idle timeout). With Node's 5 s default, the server closed connections that a client was
 * just reusing for its next answer, and that request failed ("socket hang up"): 9 of 7,500 requests
 * with 1,500 simulated people answering every 3 s (bench:dispatch).
 */
export function keepIdleConnections(server: Server): void {
  server.keepAliveTimeout = 65_000;
  // Must outlast keepAliveTimeout, or a request arriving late on an idle connection is cut.
  server.headersTimeout = 66_000;
}

/** Outside production a signing secret is generated once and kept beside the embedded database. */
async function localSecret(dataDir: string): Promise<string> {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
