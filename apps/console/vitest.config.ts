import { defineConfig } from 'vitest/config';
import { libAliases } from '../../vite.shared';

export default defineConfig({
  resolve: { alias: libAliases },
  esbuild: { jsx: 'automatic' },
  test: { name: 'console', include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'], environment: 'node' },
});
