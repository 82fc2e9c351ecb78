import { defineConfig } from 'vitest/config';
import { libAliases } from '../../vite.shared';

export default defineConfig({
  resolve: { alias: libAliases },
  test: { name: 'cli', include: ['src/**/*.spec.ts'], environment: 'node' },
});
