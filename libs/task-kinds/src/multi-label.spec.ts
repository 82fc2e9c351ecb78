import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jaccard, multiLabel, type MultiLabelConfig } from './multi-label';

const labels = ['spam', 'hate', 'ok'].map((value) => ({ value, text: value.toUpperCase() }));

function config(extra: Record<string, unknown> = {}): MultiLabelConfig {
  const result = multiLabel.parseConfig({ labels, ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function paths(result: { ok: boolean; errors?: { path: string }[] }): string[] {
  return result.ok ? [] : (result.errors ?? []).map((e) => e.path);
}

describe('MULTI_LABEL config', () => {
  it('defaults minSelected to 1 and maxSelected to the label count', () => {
    expect(config()).toMatchObject({ minSelected: 1, maxSelected: 3 });
    expect(config({ minSelected: 0, maxSelected: 2 })).toMatchObject({ minSelected: 0, maxSelected: 2 });
    expect(config().labels.map((l) => l.hotkey)).toEqual(['1', '2', '3']);
  });

  it('rejects bounds that are out of range or crossed', () => {
    expect(paths(multiLabel.parseConfig({ labels, maxSelected: 4 }))).toEqual(['maxSelected']);
    expect(paths(multiLabel.parseConfig({ labels, minSelected: 1.5 }))).toEqual(['minSelected']);
    expect(paths(multiLabel.parseConfig({ labels, minSelected: 3, maxSelected: 2 }))).toEqual(['minSelected']);
    expect(paths(multiLabel.parseConfig({ labels, maxSelected: 0 }))).toEqual(['maxSelected']);
    expect(paths(multiLabel.parseConfig({ labels: [labels[0], labels[0]] }))).toEqual(['labels[1].value']);
  });

  it('keeps labels that stand alone when they are its own, each once', () => {
    expect(config({ aloneLabels: ['ok'] }).aloneLabels).toEqual(['ok']);
    expect(config().aloneLabels).toBeUndefined();
    expect(paths(multiLabel.parseConfig({ labels, aloneLabels: ['fine'] }))).toEqual(['aloneLabels[0]']);
    expect(paths(multiLabel.parseConfig({ labels, aloneLabels: ['ok', 'ok', 3] }))).toEqual(['aloneLabels[1]', 'aloneLabels[2]']);
  });
});

describe('MULTI_LABEL answer', () => {
  it('normalises to config order', () => {
    expect(multiLabel.parseAnswer({ labels: ['ok', ' spam'] }, config(), {})).toEqual({ ok: true, value: { labels: ['spam', 'ok'] } });
  });

  it('rejects unknown, duplicate and non-string labels by index', () => {
    expect(paths(multiLabel.parseAnswer({ labels: ['spam', 'nope', 'spam'] }, config(), {}))).toEqual(['labels[1]', 'labels[2]']);
    expect(paths(multiLabel.parseAnswer({ labels: [3] }, config(), {}))).toEqual(['labels[0]']);
    expect(paths(multiLabel.parseAnswer({ labels: 'spam' }, config(), {}))).toEqual(['labels']);
  });

  it('enforces the count bounds', () => {
    expect(paths(multiLabel.parseAnswer({ labels: [] }, config(), {}))).toEqual(['labels']);
    expect(multiLabel.parseAnswer({ labels: [] }, config({ minSelected: 0 }), {}).ok).toBe(true);
    const result = multiLabel.parseAnswer({ labels: ['spam', 'hate'] }, config({ maxSelected: 1 }), {});
    expect(result.ok ? '' : result.errors[0].message).toBe('Choose exactly 1 label.');
  });

  it('refuses a label that stands alone beside others, naming it, and takes it alone', () => {
    const moderation = config({ aloneLabels: ['ok'] });
    const mixed = multiLabel.parseAnswer({ labels: ['ok', 'hate'] }, moderation, {});
    expect(mixed.ok ? null : mixed.errors).toEqual([
      { path: 'labels', message: '"OK" goes alone: it cannot be chosen with other labels.', reason: { key: 'field.labelAlone', params: { label: 'OK' } } },
    ]);
    expect(multiLabel.parseAnswer({ labels: ['ok'] }, moderation, {}).ok).toBe(true);
    expect(multiLabel.parseAnswer({ labels: ['spam', 'hate'] }, moderation, {}).ok).toBe(true);
  });

  it('scores by Jaccard and keys votes by sorted labels', () => {
    const c = config();
    expect(multiLabel.agreement({ labels: ['spam', 'hate'] }, { labels: ['hate', 'ok'] }, c)).toBeCloseTo(1 / 3);
    expect(multiLabel.goldScore({ labels: [] }, { labels: [] }, c)).toBe(1);
    expect(multiLabel.goldScore({ labels: ['ok'] }, { labels: [] }, c)).toBe(0);
    expect(multiLabel.voteKey({ labels: ['spam', 'hate'] }, c)).toBe('hate|spam');
  });

  it('agreement is symmetric, within 0..1 and 1 for equal answers', () => {
    const c = config({ minSelected: 0 });
    const answer = fc.subarray(['spam', 'hate', 'ok']).map((chosen) => ({ labels: chosen }));
    fc.assert(
      fc.property(answer, answer, (a, b) => {
        const ab = multiLabel.agreement(a, b, c);
        expect(ab).toBe(multiLabel.agreement(b, a, c));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(multiLabel.agreement(a, { labels: [...a.labels].reverse() }, c)).toBe(1);
        expect(ab === 1).toBe(jaccard(a.labels, b.labels) === 1 && a.labels.join() === b.labels.join());
      }),
    );
  });
});
