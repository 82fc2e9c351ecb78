import { defineConfig } from 'vitest/config';
import { apiViteConfig } from './vitest.shared';

// Unit specs: no database.
export default defineConfig({
  ...apiViteConfig,
  test: { name: 'api', include: ['src/**/*.spec.ts'], environment: 'node' },
});
