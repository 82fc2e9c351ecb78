import { describe, expect, it } from 'vitest';
import { getTaskKind, presetConfig, presets } from './index';

type Texted = { value?: string; id?: string; text?: string; label?: string };
/** The texts workers read in a preset's config: label and category texts, taxonomy labels. */
const textsOf = (config: unknown): string[] => {
  const c = config as Record<string, Texted[] | undefined>;
  return [...(c['labels'] ?? []), ...(c['categories'] ?? []), ...(c['taxonomy'] ?? [])].map((n) => n.text ?? n.label ?? '');
};
const valuesOf = (config: unknown): string[] => {
  const c = config as Record<string, Texted[] | undefined>;
  return [...(c['labels'] ?? []), ...(c['categories'] ?? []), ...(c['taxonomy'] ?? [])].map((n) => n.value ?? n.id ?? '');
};
const preset = (id: string) => presets.find((p) => p.id === id) ?? presets[0];

describe('presetConfig', () => {
  it('gives a French requester French choices, with the same values', () => {
    expect(textsOf(presetConfig(preset('sentiment-5'), 'fr'))).toEqual(['Très négatif', 'Négatif', 'Neutre', 'Positif', 'Très positif']);
    expect(textsOf(presetConfig(preset('moderation'), 'fr'))[0]).toBe('Rien à signaler');
    expect(textsOf(presetConfig(preset('product-categorization'), 'fr'))).toContain('Bouilloires');
    for (const p of presets) expect(valuesOf(presetConfig(p, 'fr')), p.id).toEqual(valuesOf(p.config));
  });

  it('leaves no English text in any preset in French, and keeps every config valid', () => {
    for (const p of presets) {
      const french = presetConfig(p, 'fr');
      const english = textsOf(p.config);
      // "Question" is the same word in both languages.
      expect(textsOf(french).filter((text, i) => text === english[i] && text !== 'Question'), p.id).toEqual([]);
      const parsed = getTaskKind(p.kind).parseConfig(french);
      expect(parsed.ok ? [] : parsed.errors, p.id).toEqual([]);
    }
  });

  it('keeps the English config as it is', () => {
    for (const p of presets) expect(presetConfig(p, 'en')).toEqual(p.config);
  });
});
