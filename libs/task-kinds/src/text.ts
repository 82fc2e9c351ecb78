/** Lowercase without diacritics: "Électroménager" → "electromenager", for search and comparisons. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Folded, punctuation and symbols turned into spaces, spaces collapsed: what a transcript "says". */
export function normaliseTranscript(text: string): string {
  return foldText(text)
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Levenshtein distance over code points, in two rows of memory (transcripts reach 5,000 characters). */
export function levenshtein(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  if (left.length === 0) return right.length;
  if (right.length === 0) return left.length;
  let previous = Int32Array.from({ length: right.length + 1 }, (_, j) => j);
  let current = new Int32Array(right.length + 1);
  for (let i = 1; i <= left.length; i++) {
    current[0] = i;
    for (let j = 1; j <= right.length; j++) {
      const substitution = previous[j - 1] + (left[i - 1] === right[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[right.length];
}

/** 1 - distance / longer length over normalised transcripts; two empty texts are equal (1). */
export function transcriptSimilarity(a: string, b: string): number {
  const left = normaliseTranscript(a);
  const right = normaliseTranscript(b);
  const longest = Math.max(Array.from(left).length, Array.from(right).length);
  return longest === 0 ? 1 : 1 - levenshtein(left, right) / longest;
}
