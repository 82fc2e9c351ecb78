import { defineConfig } from 'vitest/config';
import { apiViteConfig } from './vitest.shared';

// Integration specs share one embedded PostgreSQL started by the global setup; each spec file gets
// its own database cloned from a migrated template.
export default defineConfig({
  ...apiViteConfig,
  test: {
    name: 'api-int',
    include: ['src/**/*.int-spec.ts', 'test/**/*.int-spec.ts'],
    environment: 'node',
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
