import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { audio, type AudioConfig } from './audio';
import { levenshtein, normaliseTranscript, transcriptSimilarity } from './text';

const labels = [
  { value: 'yes', text: 'Yes' },
  { value: 'no', text: 'No' },
];

function config(raw: unknown): AudioConfig {
  const result = audio.parseConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
const both = config({ labels, transcribe: true });
const labelsOnly = config({ labels });
const transcribeOnly = config({ transcribe: true });
const input = { audioUrl: '/audio/1.mp3' };

function paths(result: { ok: boolean; errors?: { path: string }[] }): string[] {
  return result.ok ? [] : (result.errors ?? []).map((e) => e.path);
}

describe('AUDIO config and input', () => {
  it('needs labels, transcription or both', () => {
    expect(transcribeOnly).toEqual({ transcribe: true });
    expect(labelsOnly.transcribe).toBe(false);
    expect(paths(audio.parseConfig({}))).toEqual(['']);
    expect(paths(audio.parseConfig({ transcribe: false }))).toEqual(['']);
    expect(paths(audio.parseConfig({ labels: [labels[0]], transcribe: true }))).toEqual(['labels']);
  });

  it('checks the URL, duration and language tag', () => {
    expect(audio.parseInput({ ...input, durationSeconds: '12.5', language: 'en-GB' }, both)).toEqual({
      ok: true,
      value: { ...input, durationSeconds: 12.5, language: 'en-GB' },
    });
    expect(paths(audio.parseInput({ audioUrl: 'file:///a.mp3', durationSeconds: -1, language: 'english!' }, both))).toEqual([
      'audioUrl',
      'durationSeconds',
      'language',
    ]);
  });
});

describe('AUDIO answer', () => {
  it('requires exactly the parts the config asks for', () => {
    expect(audio.parseAnswer({ label: 'yes', transcript: ' Oui. ' }, both, input)).toEqual({ ok: true, value: { label: 'yes', transcript: 'Oui.' } });
    expect(paths(audio.parseAnswer({}, both, input))).toEqual(['label', 'transcript']);
    expect(paths(audio.parseAnswer({ label: 'yes', transcript: 'hi' }, labelsOnly, input))).toEqual(['transcript']);
    expect(paths(audio.parseAnswer({ label: 'yes', transcript: 'hi' }, transcribeOnly, input))).toEqual(['label']);
    expect(paths(audio.parseAnswer({ label: 'maybe' }, labelsOnly, input))).toEqual(['label']);
    expect(paths(audio.parseAnswer({ transcript: 'x'.repeat(5001) }, transcribeOnly, input))).toEqual(['transcript']);
  });

  it('scores transcripts by normalised edit distance and averages with the label', () => {
    expect(audio.agreement({ transcript: 'Élan, vital!' }, { transcript: 'elan  VITAL' }, transcribeOnly)).toBe(1);
    expect(audio.agreement({ transcript: 'kitten' }, { transcript: 'sitting' }, transcribeOnly)).toBeCloseTo(1 - 3 / 7);
    expect(audio.goldScore({ label: 'no', transcript: 'abc' }, { label: 'yes', transcript: 'abc' }, both)).toBe(0.5);
  });

  it('keys votes by label, else by normalised transcript', () => {
    expect(audio.voteKey({ label: 'yes', transcript: 'Hello' }, both)).toBe('yes');
    expect(audio.voteKey({ transcript: "  C'est  l'été! " }, transcribeOnly)).toBe('c est l ete');
  });

  it('agreement is symmetric, within 0..1 and 1 for equal answers', () => {
    const arb = fc.record({ label: fc.constantFrom('yes', 'no'), transcript: fc.string({ maxLength: 40 }) });
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        const ab = audio.agreement(a, b, both);
        expect(ab).toBe(audio.agreement(b, a, both));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(audio.agreement(a, { ...a }, both)).toBe(1);
      }),
    );
  });
});

describe('text helpers', () => {
  it('computes edit distances over code points', () => {
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('flaw', 'lawn')).toBe(2);
    expect(levenshtein('😀a', '😀b')).toBe(1);
    expect(normaliseTranscript('Ça   va ?')).toBe('ca va');
    expect(transcriptSimilarity('', '!!')).toBe(1);
  });

  it('levenshtein is a symmetric distance bounded by the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const d = levenshtein(a, b);
        expect(d).toBe(levenshtein(b, a));
        expect(d).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
        expect(d === 0).toBe(a === b);
      }),
    );
  });

  it('compares two 5,000-character transcripts fast', () => {
    const a = 'lorem ipsum dolor '.repeat(280);
    const started = performance.now();
    expect(transcriptSimilarity(a, a.replace(/o/g, '0'))).toBeLessThan(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
