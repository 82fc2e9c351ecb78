import type { MutationResult } from '@fourmi/ui';

/** Waits before each new attempt when the API says TRY_AGAIN (its writes kept racing other answers to the item). */
export const TRY_AGAIN_WAITS_MS = [200, 600];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends, and sends again after a short wait while the API answers TRY_AGAIN: nothing was stored, and
 * the same request (same idempotency key) is expected to go through. The worker sees such a refusal
 * only if every attempt gets it; their answer then stays on screen to be sent again.
 */
export async function sendWithRetries<T>(send: () => Promise<MutationResult<T>>, waits = TRY_AGAIN_WAITS_MS, wait = sleep): Promise<MutationResult<T>> {
  let result = await send();
  for (const ms of waits) {
    if (result.ok || result.error.code !== 'TRY_AGAIN') return result;
    await wait(ms);
    result = await send();
  }
  return result;
}
