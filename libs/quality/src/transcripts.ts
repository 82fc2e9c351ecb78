export interface TranscriptConsensus {
  /** The chosen transcript, as given. */
  text: string;
  /** Its index in the input. */
  index: number;
  /** 1 - its mean normalised edit distance to the other transcripts; 1 for a single transcript. */
  confidence: number;
}

/**
 * Medoid aggregation of free-text transcripts (a simple stand-in for ROVER, which aligns words and
 * votes per position): returns the transcript with the least total normalised edit distance to the
 * others. Distances are computed on whitespace-collapsed, trimmed text; ties go to the earliest one.
 * Null when there are no transcripts. Cost: O(n² · length²).
 */
export function aggregateTranscripts(texts: readonly string[]): TranscriptConsensus | null {
  const n = texts.length;
  if (n === 0) return null;
  if (n === 1) return { text: texts[0], index: 0, confidence: 1 };
  const normalised = texts.map((t) => Array.from(t.trim().replace(/\s+/g, ' ')));
  const totals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = normalisedEditDistance(normalised[i], normalised[j]);
      totals[i] += d;
      totals[j] += d;
    }
  }
  let index = 0;
  for (let i = 1; i < n; i++) if (totals[i] < totals[index]) index = i;
  return { text: texts[index], index, confidence: 1 - totals[index] / (n - 1) };
}

/**
 * Levenshtein distance between two strings (by code point) divided by the longer length: 0 for equal
 * strings, 1 for strings with nothing in common; 0 for two empty strings.
 */
export function normalisedEditDistance(a: string | readonly string[], b: string | readonly string[]): number {
  const x = typeof a === 'string' ? Array.from(a) : a;
  const y = typeof b === 'string' ? Array.from(b) : b;
  const longest = Math.max(x.length, y.length);
  return longest === 0 ? 0 : editDistance(x, y) / longest;
}

/** Levenshtein distance (insert, delete, substitute, each cost 1) with two rolling rows. */
export function editDistance(x: readonly string[], y: readonly string[]): number {
  let previous = new Int32Array(y.length + 1);
  let current = new Int32Array(y.length + 1);
  for (let j = 0; j <= y.length; j++) previous[j] = j;
  for (let i = 1; i <= x.length; i++) {
    current[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const substitute = previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1);
      current[j] = Math.min(substitute, previous[j] + 1, current[j - 1] + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[y.length];
}
