import { defineConfig } from 'vitest/config';
import { libAliases } from '../../vite.shared';

export default defineConfig({
  resolve: { alias: libAliases },
  test: { name: 'api-client', include: ['src/**/*.spec.ts', 'src/**/*.spec.tsx'], environment: 'node' },
});
