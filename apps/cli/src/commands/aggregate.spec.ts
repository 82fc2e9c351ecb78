import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { testContext } from '../test-context';
import { aggregateCsv } from './aggregate';

const ANSWERS = 'item,worker,label\ni1,w1,cat\ni1,w2,cat\ni1,w3,dog\ni2,w1,dog\ni2,w2,dog\ni2,w3,dog\n';

describe('fourmi aggregate', () => {
  it('aggregates with each method through @fourmi/quality', () => {
    expect(aggregateCsv(ANSWERS, 'mv', 'a.csv')).toBe('item,label,confidence\ni1,cat,0.6667\ni2,dog,1.0000\n');
    for (const method of ['wmv', 'ds']) expect(aggregateCsv(ANSWERS, method, 'a.csv')).toMatch(/^item,label,confidence\ni1,cat,[\d.]+\ni2,dog,[\d.]+\n$/);
    expect(() => aggregateCsv(ANSWERS, 'toString', 'a.csv')).toThrow('unknown method "toString" (expected mv, wmv or ds)');
    expect(() => aggregateCsv('item,worker,label\ni1,w1\n', 'mv', 'a.csv')).toThrow(/^a\.csv line 2: /);
  });

  it('reads a file or standard input, and names what is wrong', async () => {
    const ctx = testContext();
    const file = join(ctx.homedir, 'answers.csv');
    writeFileSync(file, ANSWERS);
    expect(await runCli(['aggregate', '--method', 'mv', file], ctx)).toBe(0);
    expect(ctx.stdout.text).toBe('item,label,confidence\ni1,cat,0.6667\ni2,dog,1.0000\n');
    const piped = testContext({ stdinText: ANSWERS });
    expect(await runCli(['aggregate', '--method=ds', '-'], piped)).toBe(0);
    expect(piped.stdout.text).toMatch(/^item,label,confidence\n/);
    const cases: [string[], string][] = [
      [['aggregate', file], 'fourmi aggregate: missing --method (mv, wmv or ds)'],
      [['aggregate', '--method', 'em', file], 'fourmi aggregate: unknown method "em" (expected mv, wmv or ds)'],
      [['aggregate', '--method', 'mv'], 'fourmi aggregate: missing FILE'],
      [['aggregate', '--method', 'mv', join(ctx.homedir, 'none.csv')], `fourmi aggregate: cannot read ${join(ctx.homedir, 'none.csv')}: no such file`],
    ];
    for (const [args, message] of cases) {
      const bad = testContext();
      expect(await runCli(args, bad)).toBe(1);
      expect(bad.stderr.text.split('\n')[0]).toBe(message);
    }
  });
});
