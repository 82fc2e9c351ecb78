import { existsSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { demoMedia } from './demo-media';

/**
 * Serves the demo's generated media under `/media/demo/<name>` (SVG screenshots, WAV clips), from
 * memory. Other `/media/` paths are 404, never an app's index.html.
 */
function serveDemoMedia(app: NestFastifyApplication): void {
  app.getHttpAdapter().getInstance().get('/media/*', (request: FastifyRequest<{ Params: { '*': string } }>, reply: FastifyReply) => {
    const path = request.params['*'];
    const file = path.startsWith('demo/') ? demoMedia().get(path.slice('demo/'.length)) : undefined;
    if (!file) return reply.code(404).type('text/plain').send('No such media file.');
    return reply
      .header('Cache-Control', 'public, max-age=3600')
      // The SVGs are images, not documents: no script runs in them even when opened directly.
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .header('X-Content-Type-Options', 'nosniff')
      .type(file.contentType)
      .send(file.body);
  });
}

interface WebApp {
  prefix: string;
  dir: string;
}

/**
 * Serves the built worker app at `/` and the console at `/console/` from the API's own port, with
 * a fallback to each app's index.html for client-side routes. The API's own routes (`/graphql`,
 * `/api/…`) are matched before this catch-all; an unknown one stays a 404.
 */
export async function serveWebApps(app: NestFastifyApplication, webDist: string): Promise<void> {
  serveDemoMedia(app);
  const apps: WebApp[] = [
    { prefix: '/console/', dir: resolve(webDist, 'console') },
    { prefix: '/', dir: resolve(webDist, 'worker') },
  ];
  const fastify = app.getHttpAdapter().getInstance();
  // serve: false: only reply.sendFile (ETag, Last-Modified, ranges, no path escaping its root).
  await fastify.register(fastifyStatic, { root: apps.map((a) => a.dir), serve: false });
  fastify.get('/*', (request, reply) => {
    const path = decodedPath(request.url);
    if (path === null) return reply.code(400).type('text/plain').send('The address is not valid.');
    if (path === '/console') return reply.redirect('/console/');
    if (path.startsWith('/api/') || path.startsWith('/graphql')) return reply.callNotFound();
    const target = apps.find((a) => path.startsWith(a.prefix));
    if (!target || !existsSync(join(target.dir, 'index.html'))) {
      return reply.code(503).type('text/plain').send('The web apps are not built. Run `npm start` (it builds them) or `npx nx run-many -t build`.');
    }
    const file = builtFile(target, path);
    return reply.sendFile(file ?? 'index.html', target.dir);
  });
}

function decodedPath(url: string): string | null {
  try {
    return decodeURIComponent(url.split('?')[0]);
  } catch {
    return null; // a malformed %-escape
  }
}

/** The app's built file at this path, relative to its folder; null for a client-side route. */
function builtFile(app: WebApp, path: string): string | null {
  const relative = path.slice(app.prefix.length);
  if (!relative) return null;
  const absolute = resolve(app.dir, relative);
  if (!absolute.startsWith(app.dir + sep)) return null;
  try {
    return statSync(absolute).isFile() ? absolute.slice(app.dir.length + 1) : null;
  } catch {
    return null;
  }
}
