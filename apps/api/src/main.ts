import 'reflect-metadata';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { createApp, prepareRuntime } from './bootstrap';
import { ConfigError, describeConfig, loadConfig } from './config/app.config';
import { printApiSchema } from './schema';
import { DEMO_ACCOUNTS, seedDemo } from './seed/demo-seed';

// dist/apps/api/main.js → the repository root, where `.data/` and `dist/apps/*` live.
const repoRoot = resolve(__dirname, '../../..');

async function main(): Promise<void> {
  if (process.argv.includes('--print-schema')) {
    process.stdout.write(await printApiSchema());
    return;
  }
  const config = loadConfig(process.env, { dataDir: resolve(repoRoot, '.data'), webDist: resolve(repoRoot, 'dist/apps') });
  const logger = new Logger('Fourmi');
  logger.log(`Configuration: ${JSON.stringify(describeConfig(config))}`);
  const runtime = await prepareRuntime(config);
  const app = await createApp(runtime, config.webDist);
  await app.init();
  if (config.seedDemo) await seedDemo(app);
  await app.listen(config.port);
  const base = `http://localhost:${config.port}`;
  const lines = [
    '',
    'Fourmi is running:',
    `  worker app  ${base}/`,
    `  console     ${base}/console/`,
    `  GraphQL     ${base}/graphql`,
  ];
  if (config.seedDemo) lines.push('Demo logins:', ...DEMO_ACCOUNTS.map((a) => `  ${a.role.padEnd(10)} ${a.email}  /  ${a.password}`));
  console.log(lines.join('\n'));
  const stop = async () => {
    await app.close();
    await runtime.stopDatabase();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
