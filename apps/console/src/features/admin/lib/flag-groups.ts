/** A flag as the worker audit lists it. */
export interface FlagLike {
  kind: string;
  createdAt: string;
}

export interface FlagGroup<F extends FlagLike> {
  kind: string;
  count: number;
  /** The newest few, newest first. */
  latest: F[];
  latestAt: string;
}

/** Details shown per kind: the rest only counts (a worker flagged 18 times for speed reads as one line). */
export const LATEST_PER_KIND = 3;

/** Flags grouped by kind, the most recently flagged kind first, each with its count and newest details. */
export function groupFlags<F extends FlagLike>(flags: readonly F[], latest = LATEST_PER_KIND): FlagGroup<F>[] {
  const byKind = new Map<string, F[]>();
  for (const flag of flags) byKind.set(flag.kind, [...(byKind.get(flag.kind) ?? []), flag]);
  return [...byKind.entries()]
    .map(([kind, all]) => {
      const sorted = [...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      return { kind, count: all.length, latest: sorted.slice(0, latest), latestAt: sorted[0].createdAt };
    })
    .sort((a, b) => b.latestAt.localeCompare(a.latestAt));
}
