import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { demoMedia } from './demo-media';

interface Res {
  sendFile(path: string): void;
  status(code: number): Res;
  type(t: string): Res;
  send(body: string | Buffer): void;
  setHeader(name: string, value: string): void;
}

/**
 * Serves the demo's generated media under `/media/demo/<name>` (SVG screenshots, WAV clips), from
 * memory. Other `/media/` paths are 404, never an app's index.html.
 */
export function serveDemoMedia(app: NestExpressApplication): void {
  app.use((req: { method: string; path: string }, res: Res, next: () => void) => {
    if (!req.path.startsWith('/media/') || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const file = req.path.startsWith('/media/demo/') ? demoMedia().get(req.path.slice('/media/demo/'.length)) : undefined;
    if (!file) return res.status(404).type('text/plain').send('No such media file.');
    res.setHeader('Cache-Control', 'public, max-age=3600');
    // The SVGs are images, not documents: no script runs in them even when opened directly.
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.type(file.contentType).send(file.body);
  });
}

/**
 * Serves the built worker app at `/` and the console at `/console/` from the API's own port, with
 * a fallback to each app's index.html for client-side routes.
 */
export function serveWebApps(app: NestExpressApplication, webDist: string): void {
  serveDemoMedia(app);
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
