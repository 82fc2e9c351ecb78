import 'reflect-metadata';
import cluster from 'node:cluster';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { createApp, prepareRuntime, type Runtime } from './bootstrap';
import { type AppConfig, ConfigError, describeConfig, loadConfig } from './config/app.config';
import { listenOnEveryInterface } from './listen';
import { respawnDelayMs } from './respawn-delay';
import { printApiSchema } from './schema';
import { DEMO_ACCOUNTS, seedDemo } from './seed/demo-seed';

// dist/apps/api/main.js → the repository root, where `.data/` and `dist/apps/*` live.
const repoRoot = resolve(__dirname, '../../..');
const logger = new Logger('Fourmi');

async function main(): Promise<void> {
  if (process.argv.includes('--print-schema')) {
    process.stdout.write(await printApiSchema());
    return;
  }
  const config = loadConfig(process.env, { dataDir: resolve(repoRoot, '.data'), webDist: resolve(repoRoot, 'dist/apps') });
  if (cluster.isPrimary) logger.log(`Configuration: ${JSON.stringify(describeConfig(config))}`);
  // A cluster worker is handed the database its primary prepared (DATABASE_URL, JWT_SECRET in its env).
  const runtime = await prepareRuntime(config);
  if (cluster.isPrimary && config.apiWorkers > 1) return runPrimary(config, runtime);
  const app = await createApp(runtime, config.webDist);
  await app.init();
  if (config.seedDemo) await seedDemo(app);
  await listenOnEveryInterface(app, config.port);
  if (cluster.isPrimary || process.env['FOURMI_WORKER_INDEX'] === '0') printWelcome(config);
  onStopSignal(async () => {
    await app.close();
    await runtime.stopDatabase();
  });
}

/**
 * API_WORKERS > 1: this process keeps the database (embedded or not) and forks that many API processes
 * sharing the port, each a replica like those behind a load balancer (events cross them through the
 * outbox and LISTEN/NOTIFY). A worker that dies is replaced, after a wait if it died young (respawn-delay.ts).
 */
async function runPrimary(config: AppConfig, runtime: Runtime): Promise<void> {
  let stopping = false;
  const fork = (index: number, previousDelayMs = 0) => {
    const started = Date.now();
    const worker = cluster.fork({
      DATABASE_URL: runtime.databaseUrl,
      JWT_SECRET: runtime.jwtSecret,
      FOURMI_WORKER_INDEX: String(index),
      // The demo is seeded once, by the first worker.
      SEED_DEMO: index === 0 && config.seedDemo ? 'true' : 'false',
    });
    worker.once('exit', (code, signal) => {
      // Exit code 0: the worker was told to stop (Ctrl-C reaches every process of the group).
      if (stopping || code === 0) return;
      const delayMs = respawnDelayMs(Date.now() - started, previousDelayMs);
      logger.error(`API worker ${index} exited (${signal ?? code}); starting another${delayMs ? ` in ${delayMs / 1000} s` : ''}`);
      setTimeout(() => stopping || fork(index, delayMs), delayMs);
    });
  };
  for (let index = 0; index < config.apiWorkers; index++) fork(index);
  logger.log(`${config.apiWorkers} API processes on port ${config.port}`);
  onStopSignal(async () => {
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined && !w.isDead());
    await Promise.all(running.map((w) => new Promise((done) => (w!.once('exit', done), w!.process.kill('SIGTERM')))));
    await runtime.stopDatabase();
  });
}

function printWelcome(config: AppConfig): void {
  const base = `http://localhost:${config.port}`;
  const lines = ['', 'Fourmi is running:', `  worker app  ${base}/`, `  console     ${base}/console/`, `  GraphQL     ${base}/graphql`];
  if (config.seedDemo) lines.push('Demo logins:', ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(10)} ${a.email}  /  ${a.password}`));
  console.log(lines.join('\n'));
}

function onStopSignal(stop: () => Promise<void>): void {
  const once = () => stop().then(() => process.exit(0), (error: unknown) => (console.error(error), process.exit(1)));
  process.once('SIGINT', once);
  process.once('SIGTERM', once);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
