export interface PathConsensus {
  /** The deepest prefix shared by more than half of the answers ([] when even the first level has no majority). */
  path: string[];
  /** Share of the answers that start with `path`; 0 when `path` is empty. */
  confidence: number;
}

/**
 * Aggregates answers that are paths in a taxonomy (e.g. ["animal", "dog", "poodle"]): walks down from the
 * root, at each level following the most common next segment among the answers still on the path, as long
 * as it is backed by a strict majority of all answers. A shorter answer supports every prefix of itself
 * and nothing deeper. Segments compare exactly. Null when there are no answers.
 */
export function aggregatePaths(paths: readonly (readonly string[])[]): PathConsensus | null {
  const n = paths.length;
  if (n === 0) return null;
  let onPath = paths.slice();
  const path: string[] = [];
  for (let depth = 0; ; depth++) {
    const counts = new Map<string, number>();
    for (const p of onPath) if (p.length > depth) counts.set(p[depth], (counts.get(p[depth]) ?? 0) + 1);
    let bestSegment: string | null = null;
    let best = 0;
    for (const [segment, count] of counts) {
      if (count > best) {
        best = count;
        bestSegment = segment;
      }
    }
    if (bestSegment === null || best * 2 <= n) break;
    path.push(bestSegment);
    const segment = bestSegment;
    onPath = onPath.filter((p) => p.length > depth && p[depth] === segment);
  }
  return { path, confidence: path.length === 0 ? 0 : onPath.length / n };
}
