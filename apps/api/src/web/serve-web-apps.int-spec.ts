import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-app';
import { createApp } from '../bootstrap';

/** The web apps and the demo media, served from the API's own port (production's main.ts). */
describe('the web apps beside the API', () => {
  let webDist: string;
  let app: NestFastifyApplication;
  let bare: NestFastifyApplication;
  const get = (on: NestFastifyApplication, url: string) => on.getHttpAdapter().getInstance().inject({ method: 'GET', url });

  beforeAll(async () => {
    webDist = mkdtempSync(join(tmpdir(), 'fourmi-web-'));
    mkdirSync(join(webDist, 'worker/assets'), { recursive: true });
    mkdirSync(join(webDist, 'console'), { recursive: true });
    writeFileSync(join(webDist, 'worker/index.html'), '<p>worker app</p>');
    writeFileSync(join(webDist, 'worker/assets/app.js'), 'console.log("worker")');
    writeFileSync(join(webDist, 'console/index.html'), '<p>console</p>');
    writeFileSync(join(webDist, 'secret.txt'), 'outside both apps');
    const options = { databaseUrl: await createTestDatabase(), jwtSecret: 'x'.repeat(32), tokenTtlSeconds: 60, production: false };
    app = await createApp(options, webDist, ['error']);
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    bare = await createApp(options, join(webDist, 'not-built'), ['error']);
    await bare.init();
    await bare.getHttpAdapter().getInstance().ready();
  });
  afterAll(async () => {
    await Promise.all([app?.close(), bare?.close()]);
    rmSync(webDist, { recursive: true, force: true });
  });

  it('serves each app, its files, and its index for client-side routes', async () => {
    expect((await get(app, '/')).body).toBe('<p>worker app</p>');
    expect((await get(app, '/tasks/42?from=feed')).body).toBe('<p>worker app</p>');
    const script = await get(app, '/assets/app.js');
    expect(script.headers['content-type']).toContain('javascript');
    expect(script.body).toBe('console.log("worker")');
    expect((await get(app, '/console/')).body).toBe('<p>console</p>');
    expect((await get(app, '/console/projects/7')).body).toBe('<p>console</p>');
    const bareConsole = await get(app, '/console');
    expect(bareConsole.statusCode).toBe(302);
    expect(bareConsole.headers['location']).toBe('/console/');
  });

  it('never serves a file outside the apps, and leaves unknown API routes a 404', async () => {
    for (const url of ['/%2e%2e/secret.txt', '/..%2fsecret.txt', '/console/%2e%2e/%2e%2e/secret.txt']) {
      const response = await get(app, url);
      expect(response.body, url).not.toContain('outside both apps');
    }
    const unknown = await get(app, '/api/no-such-route');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/json');
    expect((await get(app, '/%E0%A4%A')).statusCode).toBe(400);
  });

  it('serves the demo media from memory, and nothing else under /media/', async () => {
    const svg = await get(app, '/media/demo/checkout.svg');
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.headers['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect((await get(app, '/media/demo/nothing.svg')).statusCode).toBe(404);
    expect((await get(app, '/media/secret.txt')).statusCode).toBe(404);
  });

  it('says how to build the apps when they are not built', async () => {
    const response = await get(bare, '/');
    expect(response.statusCode).toBe(503);
    expect(response.body).toContain('npm start');
    expect((await get(bare, '/api/health')).statusCode).toBe(200);
  });
});
