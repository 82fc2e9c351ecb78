import { defineConfig } from 'vitest/config';
import { libAliases } from '../../vite.shared';

// Node only (no DOM): components are checked with react-dom/server, logic with plain calls.
export default defineConfig({
  resolve: { alias: libAliases },
  esbuild: { jsx: 'automatic' },
  test: { name: 'ui', include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'], environment: 'node' },
});
