// Runs a TypeScript entry point without a build step: bundles it with esbuild (already installed with
// Vite) into a temporary .mjs file, the libs resolved from their sources, then imports it.
// Usage: node scripts/run-ts.mjs ENTRY.ts [ARGS...]   (the entry sees ARGS as process.argv.slice(2))
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const libAliases = {
  '@fourmi/task-kinds': 'libs/task-kinds/src/index.ts',
  '@fourmi/quality': 'libs/quality/src/index.ts',
};

const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error('usage: node scripts/run-ts.mjs ENTRY.ts [ARGS...]');
  process.exit(1);
}
const entry = resolve(entryArg);

// Bundled code runs from a temporary folder, so give each source file its own import.meta.url back.
const importMetaUrl = {
  name: 'import-meta-url',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, (file) => {
      const source = readFileSync(file.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file.path).href)), loader: 'ts' };
    });
  },
};

// Inside the workspace, so the bundle's external packages resolve from its node_modules.
mkdirSync(join(workspaceRoot, 'tmp'), { recursive: true });
const outDir = mkdtempSync(join(workspaceRoot, 'tmp', 'run-ts-'));
const outFile = join(outDir, 'entry.mjs');
process.on('exit', () => rmSync(outDir, { recursive: true, force: true }));

try {
  await build({
    entryPoints: [entry],
    outfile: outFile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'error',
    packages: 'external',
    alias: Object.fromEntries(Object.entries(libAliases).map(([name, path]) => [name, join(workspaceRoot, path)])),
    plugins: [importMetaUrl],
  });
} catch {
  // esbuild has already printed the errors.
  process.exit(1);
}

process.setSourceMapsEnabled(true);
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outFile).href);
