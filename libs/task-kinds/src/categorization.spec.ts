import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { categorization, type CategorizationConfig, pathAgreement } from './categorization';
import { searchTaxonomy } from './taxonomy-search';

const raw = {
  taxonomy: [
    { id: 'home', label: 'Maison' },
    { id: 'kitchen', label: 'Cuisine', parentId: 'home' },
    { id: 'kettles', label: 'Bouilloires électriques', parentId: 'kitchen' },
    { id: 'toasters', label: 'Grille-pain', parentId: 'kitchen' },
    { id: 'linen', label: 'Linge de maison', parentId: 'kitchen' },
    { id: 'garden', label: 'Jardin', parentId: 'home' },
    { id: 'tech', label: 'High-tech' },
    { id: 'phones', label: 'Téléphones', parentId: 'tech' },
    { id: 'elec', label: 'Électricité', parentId: 'tech' },
  ],
};

function parsed(): CategorizationConfig {
  const result = categorization.parseConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
const config = parsed();
const input = { title: 'Kettle' };

function paths(result: { ok: boolean; errors?: { path: string }[] }): string[] {
  return result.ok ? [] : (result.errors ?? []).map((e) => e.path);
}

describe('CATEGORIZATION config and input', () => {
  it('validates the taxonomy under the taxonomy path', () => {
    expect(paths(categorization.parseConfig({ taxonomy: [{ id: 'a', label: 'A', parentId: 'b' }], x: 1 }))).toEqual(['x', 'taxonomy[0].parentId']);
    expect(paths(categorization.parseConfig({}))).toEqual(['taxonomy']);
  });

  it('needs a title and checks optional fields', () => {
    expect(categorization.parseInput({ title: ' Kettle 1.7L ', description: '', imageUrl: '/p/1.jpg' }, config)).toEqual({
      ok: true,
      value: { title: 'Kettle 1.7L', imageUrl: '/p/1.jpg' },
    });
    expect(paths(categorization.parseInput({ description: 'x', imageUrl: 'nope' }, config))).toEqual(['title', 'imageUrl']);
  });
});

describe('CATEGORIZATION answer', () => {
  it('accepts a root-to-leaf path', () => {
    expect(categorization.parseAnswer({ path: ['home', 'kitchen', 'kettles'] }, config, input)).toEqual({
      ok: true,
      value: { path: ['home', 'kitchen', 'kettles'] },
    });
  });

  it('rejects broken paths at the first wrong step, and paths that stop above a leaf', () => {
    expect(paths(categorization.parseAnswer({ path: ['kitchen', 'kettles'] }, config, input))).toEqual(['path[0]']);
    expect(paths(categorization.parseAnswer({ path: ['home', 'phones', 'nope'] }, config, input))).toEqual(['path[1]']);
    expect(paths(categorization.parseAnswer({ path: ['home', 'nope'] }, config, input))).toEqual(['path[1]']);
    expect(paths(categorization.parseAnswer({ path: ['home', 7] }, config, input))).toEqual(['path[1]']);
    expect(paths(categorization.parseAnswer({ path: ['home', 'kitchen'] }, config, input))).toEqual(['path']);
    expect(paths(categorization.parseAnswer({ path: [] }, config, input))).toEqual(['path']);
  });

  it('gives partial credit for a shared prefix', () => {
    const a = { path: ['home', 'kitchen', 'kettles'] };
    expect(categorization.agreement(a, { path: ['home', 'kitchen', 'toasters'] }, config)).toBeCloseTo(2 / 3);
    expect(categorization.agreement(a, { path: ['home', 'garden'] }, config)).toBeCloseTo(1 / 3);
    expect(categorization.goldScore(a, { path: ['tech', 'phones'] }, config)).toBe(0);
    expect(categorization.voteKey(a, config)).toBe('home/kitchen/kettles');
  });

  it('agreement is symmetric, within 0..1 and 1 for equal answers', () => {
    const leaves: string[][] = [['home', 'kitchen', 'kettles'], ['home', 'kitchen', 'toasters'], ['home', 'garden'], ['tech', 'phones'], ['tech', 'elec']];
    const leafPath = fc.constantFrom(...leaves);
    fc.assert(
      fc.property(leafPath, leafPath, (a, b) => {
        const ab = categorization.agreement({ path: a }, { path: b }, config);
        expect(ab).toBe(categorization.agreement({ path: b }, { path: a }, config));
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(categorization.agreement({ path: a }, { path: [...a] }, config)).toBe(1);
      }),
    );
    fc.assert(fc.property(fc.array(fc.string()), fc.array(fc.string()), (a, b) => pathAgreement(a, b) === pathAgreement(b, a)));
  });
});

describe('searchTaxonomy', () => {
  it('finds leaves by words anywhere on the path, ignoring case and accents', () => {
    expect(searchTaxonomy(config.taxonomy, 'ELECTRIQUE').map((h) => h.id)).toEqual(['kettles']);
    expect(searchTaxonomy(config.taxonomy, 'cuisine').map((h) => h.id)).toEqual(['kettles', 'toasters', 'linen']);
    expect(searchTaxonomy(config.taxonomy, 'maison bouill')[0]).toMatchObject({
      id: 'kettles',
      path: ['home', 'kitchen', 'kettles'],
      labels: ['Maison', 'Cuisine', 'Bouilloires électriques'],
    });
    expect(searchTaxonomy(config.taxonomy, 'maison zzz')).toEqual([]);
    expect(searchTaxonomy(config.taxonomy, '  ')).toEqual([]);
  });

  it('ranks leaf-label and word-start matches first, and honours the limit', () => {
    // "elec" starts a word in both leaf labels, so the shorter path wins; "tech" only matches ancestors,
    // so leaf labels decide alphabetically; "ill" is mid-word in both leaves.
    expect(searchTaxonomy(config.taxonomy, 'elec').map((h) => h.id)).toEqual(['elec', 'kettles']);
    expect(searchTaxonomy(config.taxonomy, 'tech').map((h) => h.id)).toEqual(['elec', 'phones']);
    expect(searchTaxonomy(config.taxonomy, 'ill').map((h) => h.id)).toEqual(['kettles', 'toasters']);
    // The leaf named "… maison" beats the shorter path that only has "Maison" as an ancestor.
    expect(searchTaxonomy(config.taxonomy, 'maison').map((h) => h.id)).toEqual(['linen', 'garden', 'kettles', 'toasters']);
    expect(searchTaxonomy(config.taxonomy, 'e', 1)).toHaveLength(1);
  });
});
