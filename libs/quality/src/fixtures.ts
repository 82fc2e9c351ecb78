// Helpers for the specs (not exported from the library).
import type { Answers } from './answers';

/** Answers from [item, worker, label] triples, in that order. */
export function answersOf(triples: readonly (readonly [number, number, number])[]): Answers {
  return {
    items: Int32Array.from(triples, (t) => t[0]),
    workers: Int32Array.from(triples, (t) => t[1]),
    labels: Int32Array.from(triples, (t) => t[2]),
  };
}
