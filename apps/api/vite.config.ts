import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';
import { libAliases, workspaceRoot } from '../../vite.shared';
import pkg from '../../package.json' with { type: 'json' };
import { swcPlugin } from './vitest.shared';

// The API is bundled for Node by Vite with SWC, because esbuild cannot emit the decorator metadata
// that NestJS and TypeORM read. Dependencies stay external; only our code and libs are bundled.
const external = [
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
  ...Object.keys(pkg.dependencies),
].map((name) => new RegExp(`^${name}(/.*)?$`));

export default defineConfig({
  root: __dirname,
  resolve: { alias: libAliases },
  plugins: [swcPlugin()],
  build: {
    ssr: 'src/main.ts',
    outDir: `${workspaceRoot}dist/apps/api`,
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: { external, output: { format: 'cjs', entryFileNames: 'main.js' } },
  },
  ssr: { noExternal: [] },
});
