// Shared by the benchmark scripts: latency percentiles and the sections of docs/benchmarks.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The p-quantile (0..1) of the values, by nearest rank; 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

/** Replaces the `## heading` section of the file (up to the next `## `), or appends it. */
export function writeBenchSection(file: string, heading: string, body: string): void {
  const section = `## ${heading}\n\n${body.trimEnd()}\n`;
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const marker = `\n## ${heading}\n`;
  const start = doc.indexOf(marker);
  if (start < 0) {
    doc = `${doc.trimEnd()}\n\n${section}`;
  } else {
    const next = doc.indexOf('\n## ', start + marker.length);
    doc = doc.slice(0, start + 1) + section + (next < 0 ? '' : `\n${doc.slice(next + 1)}`);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, doc.endsWith('\n') ? doc : `${doc}\n`);
}
