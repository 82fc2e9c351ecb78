import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { AgreementRules } from './agreement-rules';

/** A transaction that answers the rules query from `thresholds` (id → threshold; null: no rule) and counts its calls. */
function fakeTx(thresholds: Record<string, number | null>) {
  const asked: string[][] = [];
  const tx = {
    query: async (_sql: string, [ids]: [string[]]) => {
      asked.push(ids);
      return ids.filter((id) => id in thresholds).map((id) => ({ id, threshold: thresholds[id] }));
    },
  } as unknown as EntityManager;
  return { tx, asked };
}

describe('AgreementRules', () => {
  it('gives the thresholds of the projects that have the rule', async () => {
    const { tx } = fakeTx({ a: 0.6, b: null });
    expect(await new AgreementRules().of(tx, ['a', 'b', 'a'])).toEqual(new Map([['a', 0.6]]));
  });

  it('reads each project once, rule or not, since rules never change', async () => {
    const { tx, asked } = fakeTx({ a: 0.6, b: null });
    const rules = new AgreementRules();
    await rules.of(tx, ['a', 'b']);
    await rules.of(tx, ['b', 'a']);
    expect(asked).toEqual([['a', 'b']]);
  });

  it('asks again for a project it did not find', async () => {
    const { tx, asked } = fakeTx({ a: 0.6 });
    const rules = new AgreementRules();
    await rules.of(tx, ['gone']);
    await rules.of(tx, ['gone', 'a']);
    expect(asked).toEqual([['gone'], ['gone', 'a']]);
  });
});
