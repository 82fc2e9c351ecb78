import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classification, type ClassificationConfig } from './classification';

const config: ClassificationConfig = {
  labels: [
    { value: 'cat', text: 'Cat', hotkey: '1' },
    { value: 'dog', text: 'Dog', hotkey: '2' },
  ],
};

function paths(result: { ok: boolean; errors?: { path: string }[] }): string[] {
  return result.ok ? [] : (result.errors ?? []).map((e) => e.path);
}

describe('CLASSIFICATION config', () => {
  it('trims strings and gives default hotkeys 1..9 then 0 to the first ten labels only', () => {
    const labels = Array.from({ length: 12 }, (_, i) => ({ value: ` v${i} `, text: `Label ${i}` }));
    const result = classification.parseConfig({ labels });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.labels.map((l) => l.hotkey)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', undefined, undefined]);
    expect(result.value.labels[0]).toEqual({ value: 'v0', text: 'Label 0', hotkey: '1' });
    expect('hotkey' in result.value.labels[11]).toBe(false);
  });

  it('skips a default hotkey that another label claims explicitly', () => {
    const result = classification.parseConfig({ labels: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B', hotkey: '1' }] });
    expect(result.ok && result.value.labels.map((l) => l.hotkey)).toEqual([undefined, '1']);
  });

  it('is idempotent on its own output', () => {
    const once = classification.parseConfig({ labels: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B', hotkey: 'x' }] });
    if (!once.ok) throw new Error('expected ok');
    expect(classification.parseConfig(once.value)).toEqual(once);
  });

  it('reports every problem with its path', () => {
    const result = classification.parseConfig({
      labels: [
        { value: 'a', text: 'A', hotkey: 'ab' },
        { value: 'a', text: '', colour: 'red' },
        { value: 'x'.repeat(101), text: 'T', hotkey: 'A' },
        { value: 'c', text: 'C', hotkey: 'a' },
      ],
      extra: 1,
    });
    expect(paths(result).sort()).toEqual(
      ['extra', 'labels[0].hotkey', 'labels[1].colour', 'labels[1].text', 'labels[1].value', 'labels[2].value', 'labels[3].hotkey'].sort(),
    );
    expect(result.ok ? [] : result.errors.find((e) => e.path === 'labels[1].value')?.message).toContain('labels[0]');
  });

  it('needs 2..50 labels', () => {
    expect(paths(classification.parseConfig({ labels: [{ value: 'a', text: 'A' }] }))).toEqual(['labels']);
    const many = Array.from({ length: 51 }, (_, i) => ({ value: `${i}`, text: `${i}` }));
    expect(paths(classification.parseConfig({ labels: many }))).toEqual(['labels']);
    expect(paths(classification.parseConfig({}))).toEqual(['labels']);
    expect(paths(classification.parseConfig('labels'))).toEqual(['']);
  });
});

describe('CLASSIFICATION input', () => {
  it('accepts text, absolute http(s) URLs and local paths, trimmed', () => {
    expect(classification.parseInput({ text: ' hi ' }, config)).toEqual({ ok: true, value: { text: 'hi' } });
    expect(classification.parseInput({ imageUrl: 'https://cdn.example.com/a.png?x=1' }, config).ok).toBe(true);
    expect(classification.parseInput({ imageUrl: '/uploads/a.png', text: '' }, config)).toEqual({ ok: true, value: { imageUrl: '/uploads/a.png' } });
  });

  it('rejects bad URLs, long text, unknown keys and empty items', () => {
    for (const imageUrl of ['ftp://x/a.png', '//evil.com/a.png', 'a.png', 'javascript:alert(1)', 'http://', 'https://a b']) {
      expect(paths(classification.parseInput({ imageUrl }, config))).toEqual(['imageUrl']);
    }
    expect(paths(classification.parseInput({ text: 'x'.repeat(20_001) }, config))).toEqual(['text']);
    expect(classification.parseInput({ text: 'é'.repeat(20_000) }, config).ok).toBe(true);
    expect(paths(classification.parseInput({ text: 'a', url: 'x' }, config))).toEqual(['url']);
    expect(paths(classification.parseInput({ text: '  ' }, config))).toEqual(['']);
    expect(paths(classification.parseInput({ text: 3 }, config))).toEqual(['text']);
  });
});

describe('CLASSIFICATION answer', () => {
  it('accepts a known label and rejects others', () => {
    expect(classification.parseAnswer({ label: ' dog ' }, config, {})).toEqual({ ok: true, value: { label: 'dog' } });
    expect(paths(classification.parseAnswer({ label: 'cow' }, config, {}))).toEqual(['label']);
    expect(paths(classification.parseAnswer({}, config, {}))).toEqual(['label']);
    expect(paths(classification.parseAnswer({ label: 'cat', why: 'x' }, config, {}))).toEqual(['why']);
  });

  it('scores agreement, gold and vote key by label', () => {
    expect(classification.agreement({ label: 'cat' }, { label: 'dog' }, config)).toBe(0);
    expect(classification.goldScore({ label: 'cat' }, { label: 'cat' }, config)).toBe(1);
    expect(classification.voteKey({ label: 'dog' }, config)).toBe('dog');
  });

  it('agreement is symmetric, within 0..1 and 1 for equal answers', () => {
    const answer = fc.constantFrom('cat', 'dog').map((label) => ({ label }));
    fc.assert(
      fc.property(answer, answer, (a, b) => {
        const ab = classification.agreement(a, b, config);
        expect(ab).toBe(classification.agreement(b, a, config));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(classification.agreement(a, { ...a }, config)).toBe(1);
      }),
    );
  });
});
