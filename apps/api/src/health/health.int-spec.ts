import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';

/** A keep-alive GET of /api/health: its status, headers and body. */
function getHealth(url: string): Promise<{ status: number; keepAlive: string | undefined; body: unknown }> {
  return new Promise((resolve, reject) => {
    const agent = new http.Agent({ keepAlive: true });
    http
      .get(`${url}/api/health`, { agent }, (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => {
          agent.destroy();
          resolve({ status: res.statusCode ?? 0, keepAlive: res.headers['keep-alive']?.toString(), body: JSON.parse(body) });
        });
      })
      .on('error', reject);
  });
}

describe('health and connections', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers that the API and its database are up', async () => {
    const health = await getHealth(t.url);
    expect(health.status).toBe(200);
    expect(health.body).toEqual({ status: 'ok', database: 'up' });
  });

  it('serves the process metrics to Prometheus, event-loop delay and CPU among them', async () => {
    const response = await fetch(`${t.url}/api/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const text = await response.text();
    expect(text).toMatch(/^fourmi_nodejs_eventloop_lag_p99_seconds\{process="0"\} [\d.e-]+$/m);
    expect(text).toMatch(/^fourmi_process_cpu_user_seconds_total\{process="0"\} [\d.e-]+$/m);
  });

  it('keeps an idle connection open longer than load balancers and browsers keep theirs', async () => {
    // Node's default (5 s) closed connections clients were reusing for their next answer.
    const { keepAlive } = await getHealth(t.url);
    expect(keepAlive).toBe('timeout=65');
  });
});
