/**
 * Aligned columns with a header, one row per line (line breaks and tabs in a cell become spaces):
 * numeric columns (by index) right-aligned, the last column left ragged. Cells are measured in code
 * points, so names with accents line up.
 */
export function table(header: readonly string[], rows: readonly (readonly string[])[], numeric: readonly number[] = []): string {
  const all = [header, ...rows.map((row) => row.map((cell) => cell.replace(/[\t\r\n]+/g, ' ')))];
  const widths = header.map((_, col) => Math.max(...all.map((row) => [...row[col]].length)));
  const right = new Set(numeric);
  return all
    .map((row) =>
      row
        .map((cell, col) => (right.has(col) ? padStart(cell, widths[col]) : col === row.length - 1 ? cell : padEnd(cell, widths[col])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n');
}

const padStart = (cell: string, width: number) => ' '.repeat(width - [...cell].length) + cell;
const padEnd = (cell: string, width: number) => cell + ' '.repeat(width - [...cell].length);

/** An API timestamp to the minute, as the tables show it: `2026-12-07T21:30:12.000Z` → `2026-12-07 21:30` (UTC). */
export const utcMinute = (iso: string) => iso.slice(0, 16).replace('T', ' ');
