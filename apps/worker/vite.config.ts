import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { libAliases, workspaceRoot } from '../../vite.shared';

// The API the dev server proxies to (override with FOURMI_API_URL).
const api = process.env['FOURMI_API_URL'] ?? 'http://localhost:3000';

export default defineConfig({
  root: __dirname,
  base: '/',
  resolve: { alias: libAliases },
  plugins: [react()],
  server: {
    port: 4200,
    proxy: { '/graphql': { target: api, ws: true }, '/api': api, '/media': api },
  },
  preview: { port: 4200 },
  build: {
    outDir: `${workspaceRoot}dist/apps/worker`,
    emptyOutDir: true,
    sourcemap: true,
  },
});
