#!/usr/bin/env node
// `npm start`: build the API and both web apps (Nx caches unchanged ones), then serve everything from
// one port on the embedded PostgreSQL (or DATABASE_URL), with the demo seeded.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' };

const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'worker', 'console', '--outputStyle=static'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const api = spawn(process.execPath, ['--enable-source-maps', 'dist/apps/api/main.js'], { cwd: root, env: process.env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => api.kill(signal));
api.on('exit', (code) => process.exit(code ?? 0));
