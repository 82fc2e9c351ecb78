import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { publicOnlyLookup, refusalText, refusedHost } from './webhook-address';

export interface WebhookAttempt {
  /** The receiver's HTTP status; null when no answer came. */
  status: number | null;
  /** What went wrong, for the delivery log; null on a 2xx. */
  error: string | null;
}

const TIMEOUT_MS = 10_000;

/**
 * One POST of a webhook delivery. Redirects are not followed (a 3xx is a failed attempt). Unless
 * `allowPrivate` (an operator's choice: a self-hosted intranet, development), the receiver must be
 * at a public address, checked on the addresses the connection actually uses.
 */
export function postWebhook(url: string, body: string, headers: Record<string, string>, allowPrivate: boolean): Promise<WebhookAttempt> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve({ status: null, error: 'Not a valid URL' });
  }
  const refused = allowPrivate ? null : refusedHost(target.hostname);
  if (refused) return Promise.resolve({ status: null, error: `Refused: ${refusalText(refused)}` });
  const request = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const req = request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        timeout: TIMEOUT_MS,
        ...(allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        response.destroy(); // only the status matters: a receiver's body, however long, is not read
        const status = response.statusCode ?? null;
        const ok = status !== null && status >= 200 && status < 300;
        resolve({ status, error: ok ? null : `HTTP ${status}` });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`No answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', (error: NodeJS.ErrnoException) => resolve({ status: null, error: `${error.code === 'EPRIVATE' ? 'Refused: ' : ''}${error.message}`.slice(0, 500) }));
    req.end(body);
  });
}
