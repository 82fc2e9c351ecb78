/**
 * Per-item result shared by the aggregation methods. Items without any answer get label -1 and
 * confidence 0.
 */
export interface ItemLabels {
  /** Winning label index per item, -1 for an item nobody answered. */
  labels: Int32Array;
  /** Confidence of the winner per item, in [0, 1]. */
  confidence: Float64Array;
}

/**
 * How ties between labels are broken.
 * - `'first-vote'` (default): the tied label whose first vote on that item came earliest in the answer
 *   arrays wins. Stable, independent of how items, workers and labels are numbered, and unbiased between
 *   labels when the answers arrive in no particular order.
 * - `{ seed }`: a pseudo-random choice among the tied labels, fixed by (seed, item index, label index):
 *   reproduces "random tie" baselines; unlike `'first-vote'` it depends on the item numbering.
 */
export type TieBreak = 'first-vote' | { seed: number };

/**
 * Picks per item the label with the highest score; labels whose score is within `epsilon` of the best
 * are tied and go to the tie-break. `firstVote[i*K+k]` is the index of the first answer giving label k to
 * item i (or a value ≥ the number of answers if none). Items with `answered[i] === 0` get -1.
 */
export function pickLabels(
  scores: Float64Array,
  firstVote: Int32Array,
  answered: Int32Array,
  nLabels: number,
  tieBreak: TieBreak,
  epsilon: number,
): Int32Array {
  const nItems = answered.length;
  const labels = new Int32Array(nItems);
  const seed = typeof tieBreak === 'object' ? tieBreak.seed | 0 : null;
  for (let i = 0; i < nItems; i++) {
    if (answered[i] === 0) {
      labels[i] = -1;
      continue;
    }
    const base = i * nLabels;
    let best = -Infinity;
    for (let k = 0; k < nLabels; k++) if (scores[base + k] > best) best = scores[base + k];
    let winner = -1;
    let winnerKey = Infinity;
    for (let k = 0; k < nLabels; k++) {
      if (scores[base + k] < best - epsilon) continue;
      const key = seed === null ? firstVote[base + k] : hash3(seed, i, k);
      if (key < winnerKey) {
        winnerKey = key;
        winner = k;
      }
    }
    labels[i] = winner;
  }
  return labels;
}

/** Index of the first answer per (item, label), or `answers.length` where there is none. */
export function firstVotes(items: Int32Array, labels: Int32Array, nItems: number, nLabels: number): Int32Array {
  const n = items.length;
  const first = new Int32Array(nItems * nLabels).fill(n);
  for (let a = n - 1; a >= 0; a--) first[items[a] * nLabels + labels[a]] = a;
  return first;
}

/** A 32-bit integer hash of three integers (murmur3 finaliser), as an unsigned number. */
function hash3(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35) ^ Math.imul(c + 0x165667b1, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
