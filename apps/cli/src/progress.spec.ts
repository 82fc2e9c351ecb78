import { describe, expect, it } from 'vitest';
import { bar, formatBytes, ProgressLine, renderBatchProgress, renderUploadProgress } from './progress';
import { Collector } from './test-context';

describe('progress rendering', () => {
  it('draws a bar of the bytes sent, with the rows stored', () => {
    expect(renderUploadProgress({ rows: 20_000, bytesSent: 1_250_000, totalBytes: 2_500_000 })).toBe('[############............]  50%  1.3 MB / 2.5 MB  20,000 rows');
    expect(renderUploadProgress({ rows: 0, bytesSent: 0, totalBytes: 10 })).toBe('[........................]   0%  0 B / 10 B  0 rows');
    expect(renderUploadProgress({ rows: 1, bytesSent: 10, totalBytes: 10 })).toBe('[########################] 100%  10 B / 10 B  1 row');
  });

  it('shows bytes sent and rows when the size is unknown', () => {
    expect(renderUploadProgress({ rows: 10_000, bytesSent: 4_200 })).toBe('4.2 kB sent  10,000 rows');
    expect(renderUploadProgress({ rows: 0 })).toBe('0 B sent  0 rows');
  });

  it('never shows 100% before the end, and clamps', () => {
    expect(bar(0.999, 10)).toBe('[#########.]  99%');
    expect(bar(1.5, 4)).toBe('[####] 100%');
    expect(bar(-1, 4)).toBe('[....]   0%');
    expect(bar(Number.NaN, 4)).toBe('[....]   0%');
  });

  it('draws batch progress', () => {
    expect(renderBatchProgress(420, 1_000, 'PUBLISHED')).toBe('[##########..............]  42%  420 / 1,000 items  PUBLISHED');
    expect(renderBatchProgress(0, 0, 'DRAFT')).toBe('[........................]   0%  0 / 0 items  DRAFT');
  });

  it('formats bytes', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(1000)).toBe('1.0 kB');
    expect(formatBytes(3_400_000_000)).toBe('3.4 GB');
  });

  it('redraws in place on a terminal, at most every interval; writes only forced lines elsewhere', () => {
    let now = 0;
    const tty = Object.assign(new Collector(), { isTTY: true, columns: 12 });
    const line = new ProgressLine(tty, () => now, 100);
    line.update('first');
    now = 50;
    line.update('skipped');
    line.update('forced', true);
    now = 200;
    line.update('a line too long for the terminal');
    line.done();
    expect(tty.text).toBe('\rfirst\x1b[K\rforced\x1b[K\ra line too \x1b[K\n');

    const log = new Collector();
    const plain = new ProgressLine(log, () => now, 100);
    plain.update('bytes');
    plain.update('rows 10,000', true);
    plain.update('rows 10,000', true);
    plain.update('rows 12,000', true);
    plain.done();
    expect(log.text).toBe('rows 10,000\nrows 12,000\n');
  });
});
