import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';

interface Res {
  sendFile(path: string): void;
  status(code: number): Res;
  type(t: string): Res;
  send(body: string): void;
}

/**
 * Serves the built worker app at `/` and the console at `/console/` from the API's own port, with
 * a fallback to each app's index.html for client-side routes.
 */
export function serveWebApps(app: NestExpressApplication, webDist: string): void {
  const apps = [
    { prefix: '/console', dir: join(webDist, 'console') },
    { prefix: '/', dir: join(webDist, 'worker') },
  ];
  for (const { prefix, dir } of apps) {
    if (existsSync(dir)) app.useStaticAssets(dir, { prefix, index: 'index.html' });
  }
  app.use((req: { method: string; path: string }, res: Res, next: () => void) => {
    if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/api/')) return next();
    const target = apps.find((a) => req.path === a.prefix || req.path.startsWith(a.prefix === '/' ? '/' : `${a.prefix}/`));
    const index = target && join(target.dir, 'index.html');
    if (index && existsSync(index)) return res.sendFile(index);
    res.status(503).type('text/plain').send('The web apps are not built. Run `npm start` (it builds them) or `npx nx run-many -t build`.');
  });
}
