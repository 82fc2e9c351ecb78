import { defineConfig } from 'vitest/config';

// Every project keeps its own vitest.config.ts beside its code; this file only lists them.
export default defineConfig({
  test: {
    projects: ['libs/*/vitest.config.ts', 'apps/*/vitest.config.ts', 'apps/*/vitest.int.config.ts', 'scripts/vitest.config.ts'],
  },
});
