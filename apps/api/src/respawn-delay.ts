/** A worker that lived this long was healthy: its replacement starts at once. */
const HEALTHY_LIFE_MS = 60_000;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

/**
 * How long to wait before replacing a dead API worker: at once after a healthy life; after a short
 * one, 1 s, then twice the previous wait up to 30 s. Workers that cannot start (the database gone, a
 * bad setting) would otherwise be replaced in a loop, each start taking a core for a second: an API left
 * behind by an interrupted benchmark slowed every later run by half.
 */
export function respawnDelayMs(livedMs: number, previousDelayMs: number): number {
  if (livedMs >= HEALTHY_LIFE_MS) return 0;
  return Math.min(MAX_DELAY_MS, Math.max(FIRST_DELAY_MS, previousDelayMs * 2));
}
