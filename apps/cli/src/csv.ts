/** One CSV record: its 1-based line in the file (where it starts) and its cells. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * The records of a CSV text (RFC 4180: commas, `""` escapes, line breaks inside quotes; a leading BOM
 * and blank lines skipped). Small files only: the whole text is in memory. An unclosed quote throws,
 * naming the line where its field starts.
 */
export function csvRecords(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let quoteLine = 0;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  const source = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\n') line++;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (source[i + 1] === '"') cell += source[++i];
      else quoted = false;
    } else if (c === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      // \r\n (or a lone \r) ends a line too; the \n case was counted above.
      if (c === '\r') {
        line++;
        if (source[i + 1] === '\n') i++;
      }
      endRecord();
      start = line;
    } else cell += c;
  }
  if (quoted) throw new Error(`line ${quoteLine}: a quoted field is never closed`);
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
