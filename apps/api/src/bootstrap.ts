import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { type LogLevel, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
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
  return { databaseUrl, dbPoolSize: config.dbPoolSize, jwtSecret, tokenTtlSeconds: config.tokenTtlSeconds, production: config.production, webhookAllowPrivate: config.webhookAllowPrivate, payments: config.payments, stopDatabase };
}

/**
 * The API on Fastify: a minimal GraphQL request through Nest and Apollo cost 265–285 µs of CPU on
 * Fastify against 360–435 µs on Express (this machine, 32 keep-alive connections), and the answer's
 * round trip is the hot path.
 */
export async function createApp(options: AppOptions, webDist?: string, logger: LogLevel[] = ['log', 'warn', 'error']): Promise<NestFastifyApplication> {
  // rawBody: the Stripe webhook's signature is checked over the exact bytes received.
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(options), new FastifyAdapter(), { logger, rawBody: true });
  app.enableShutdownHooks();
  streamOtherBodies(app);
  keepIdleConnections(app.getHttpServer() as Server);
  if (webDist) await serveWebApps(app, webDist);
  return app;
}

/**
 * Bodies other than JSON are left unread for the handler that streams them (the batch upload's CSV
 * and JSONL, of any size): Fastify would otherwise refuse their type (415) or read them whole.
 */
function streamOtherBodies(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser(['text/plain']);
  fastify.addContentTypeParser('*', (_request, _payload, done) => done(null));
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
