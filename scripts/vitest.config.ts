import { defineConfig } from 'vitest/config';

// The benchmarks' own helpers: a bug in them would skew every figure they report.
export default defineConfig({
  test: { name: 'scripts', include: ['*.spec.ts'], environment: 'node' },
});
