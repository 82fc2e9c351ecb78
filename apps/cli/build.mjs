// Bundles the CLI into one executable file, dist/apps/cli/fourmi.mjs, the libs inlined from their
// sources; Node built-ins are its only imports. Usage: node apps/cli/build.mjs
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = join(workspaceRoot, 'dist/apps/cli/fourmi.mjs');

await build({
  entryPoints: [join(workspaceRoot, 'apps/cli/src/main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  alias: { '@fourmi/quality': join(workspaceRoot, 'libs/quality/src/index.ts') },
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
console.log(`built ${outfile}`);
