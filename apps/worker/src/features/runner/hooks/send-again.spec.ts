import { ApiError } from '@fourmi/api-client';
import type { MutationResult } from '@fourmi/ui';
import { describe, expect, it } from 'vitest';
import { sendWithRetries } from './send-again';

const tryAgain: MutationResult<string> = { ok: false, error: new ApiError('This task kept changing while your answer was stored; send it again', 'TRY_AGAIN') };
const sent: MutationResult<string> = { ok: true, data: 'stored' };

function server(...answers: MutationResult<string>[]) {
  const calls: number[] = [];
  return { calls, send: async () => (calls.push(calls.length + 1), answers[calls.length - 1]) };
}

describe('sendWithRetries', () => {
  it('sends again, after a wait, while the API says TRY_AGAIN, and returns the answer that went through', async () => {
    const waited: number[] = [];
    const api = server(tryAgain, tryAgain, sent);
    expect(await sendWithRetries(api.send, [200, 600], async (ms) => void waited.push(ms))).toEqual(sent);
    expect(api.calls).toHaveLength(3);
    expect(waited).toEqual([200, 600]);
  });

  it('gives up after its waits, handing the refusal to the worker', async () => {
    const api = server(tryAgain, tryAgain, tryAgain);
    const result = await sendWithRetries(api.send, [1, 1], async () => undefined);
    expect(result.ok ? null : result.error.code).toBe('TRY_AGAIN');
    expect(api.calls).toHaveLength(3);
  });

  it('does not send again after any other refusal', async () => {
    const gone: MutationResult<string> = { ok: false, error: new ApiError('Another worker took it', 'LEASE_EXPIRED') };
    const api = server(gone, sent);
    expect(await sendWithRetries(api.send, [1, 1], async () => undefined)).toEqual(gone);
    expect(api.calls).toHaveLength(1);
  });
});
