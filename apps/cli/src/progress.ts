import type { Output } from './context';

export interface ProgressState {
  /** Rows the API has stored so far. */
  rows: number;
  /** Bytes of the file sent so far, and its size when known. */
  bytesSent?: number;
  totalBytes?: number;
}

const BAR_WIDTH = 24;

/**
 * One line of upload progress: with the file size known,
 * `[##########..............]  42%  1.2 MB / 2.9 MB  20,000 rows`; else `1.2 MB sent  20,000 rows`.
 */
export function renderUploadProgress({ rows, bytesSent = 0, totalBytes }: ProgressState): string {
  const rowsText = `${rows.toLocaleString('en')} ${rows === 1 ? 'row' : 'rows'}`;
  if (!totalBytes) return `${formatBytes(bytesSent)} sent  ${rowsText}`;
  return `${bar(bytesSent / totalBytes)}  ${formatBytes(bytesSent)} / ${formatBytes(totalBytes)}  ${rowsText}`;
}

/** One line of batch progress: `[####....]  42%  420 / 1,000 items  PUBLISHED`. */
export function renderBatchProgress(completed: number, total: number, status: string): string {
  return `${bar(total > 0 ? completed / total : 0)}  ${completed.toLocaleString('en')} / ${total.toLocaleString('en')} items  ${status}`;
}

/** `[#####...]  42%` for a fraction (clamped to 0..1; floored, so 100% means done). */
export function bar(fraction: number, width = BAR_WIDTH): string {
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const filled = Math.floor(f * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(f * 100)).padStart(3)}%`;
}

/** Bytes in B, kB, MB or GB (powers of 1000), one decimal above bytes. */
export function formatBytes(bytes: number): string {
  const units = ['kB', 'MB', 'GB', 'TB'];
  if (bytes < 1000) return `${bytes} B`;
  let value = bytes;
  let unit = 'B';
  for (const next of units) {
    if (value < 1000) break;
    value /= 1000;
    unit = next;
  }
  return `${value.toFixed(1)} ${unit}`;
}

/**
 * Draws a progress line on a stream: on a terminal, redrawn in place (at most every `intervalMs`
 * unless forced); elsewhere (a log, a pipe), one line per forced update that changes it, so logs stay short.
 */
export class ProgressLine {
  private lastDraw = -Infinity;
  private drawn = false;
  private lastLine = '';

  constructor(
    private readonly out: Output,
    private readonly now: () => number,
    private readonly intervalMs = 100,
  ) {}

  update(line: string, force = false): void {
    const tty = Boolean(this.out.isTTY);
    if (!force && (!tty || this.now() - this.lastDraw < this.intervalMs)) return;
    // A log keeps one line per change: the API's last progress and the final count are often the same.
    if (!tty && line === this.lastLine) return;
    this.lastDraw = this.now();
    this.lastLine = line;
    if (tty) {
      const width = (this.out.columns ?? 80) - 1;
      this.out.write(`\r${line.length > width ? line.slice(0, width) : line}\x1b[K`);
      this.drawn = true;
    } else {
      this.out.write(`${line}\n`);
    }
  }

  /** Leaves the last line on screen and moves below it. */
  done(): void {
    if (this.drawn) this.out.write('\n');
    this.drawn = false;
  }
}
