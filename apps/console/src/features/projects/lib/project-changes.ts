/** The lines an edit of the instructions took out and put in, between what both versions share at the start and end. */
export interface LineDiff {
  removed: string[];
  added: string[];
}

/** Lines of each side shown before "… and N more lines"; the full versions are a click away. */
export const DIFF_LINES = 4;
/** A line longer than this is cut (instructions can hold a paragraph on one line). */
export const DIFF_LINE_CHARS = 160;

const linesOf = (text: string): string[] => (text === '' ? [] : text.split('\n'));

/** A short diff: the common first and last lines dropped, so a one-line fix in long instructions shows as that line. */
export function lineDiff(before: string, after: string): LineDiff {
  const a = linesOf(before);
  const b = linesOf(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}

/** The first lines to show, each cut to a readable length, and how many more there are. */
export function clipLines(lines: readonly string[], most = DIFF_LINES): { shown: string[]; more: number } {
  const shown = lines.slice(0, most).map((line) => (line.length > DIFF_LINE_CHARS ? `${line.slice(0, DIFF_LINE_CHARS - 1)}…` : line));
  return { shown, more: Math.max(0, lines.length - most) };
}

/** A gold ratio as the API writes it ("0.125") as a percentage in the reader's language ("12.5%", "12,5 %"). */
export function goldShareText(ratio: string, locale: string): string {
  const value = Number(ratio);
  if (!Number.isFinite(value)) return ratio;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
