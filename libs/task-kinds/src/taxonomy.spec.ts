import { describe, expect, it } from 'vitest';
import { indexTaxonomy, MAX_TAXONOMY_DEPTH, parseTaxonomy, type TaxonomyNode } from './taxonomy';
import { parseTaxonomyCsv } from './taxonomy-csv';
import { parseTaxonomyJson } from './taxonomy-json';
import { searchTaxonomy } from './taxonomy-search';

const small = [
  { id: 'a', label: 'A' },
  { id: 'a1', label: 'A one', parentId: 'a' },
  { id: 'a2', label: 'A two', parentId: 'a' },
];

function errorsOf(result: { ok: boolean; errors?: { path: string; message: string }[] }) {
  return result.ok ? [] : (result.errors ?? []);
}

/** 10,000 nodes: 100 roots with 99 leaves each. */
function bigTaxonomy(): TaxonomyNode[] {
  const nodes: TaxonomyNode[] = [];
  for (let r = 0; r < 100; r++) {
    nodes.push({ id: `r${r}`, label: `Root ${r}`, parentId: null });
    for (let c = 0; c < 99; c++) nodes.push({ id: `r${r}-c${c}`, label: `Leaf ${r} ${c}`, parentId: `r${r}` });
  }
  return nodes;
}

describe('parseTaxonomy', () => {
  it('normalises roots to parentId null and trims', () => {
    const result = parseTaxonomy([{ id: ' a ', label: ' A ' }, ...small.slice(1)]);
    expect(result.ok && result.value[0]).toEqual({ id: 'a', label: 'A', parentId: null });
  });

  it('reports duplicates, unknown parents and unknown keys with paths', () => {
    const result = parseTaxonomy([...small, { id: 'a1', label: 'Again', parentId: 'zz', colour: 1 }]);
    expect(errorsOf(result).map((e) => e.path)).toEqual(['taxonomy[3].colour', 'taxonomy[3].id', 'taxonomy[3].parentId']);
  });

  it('finds cycles, including a node that is its own parent', () => {
    const result = parseTaxonomy([...small, { id: 'x', label: 'X', parentId: 'y' }, { id: 'y', label: 'Y', parentId: 'x' }, { id: 's', label: 'S', parentId: 's' }]);
    const messages = errorsOf(result).map((e) => e.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/cycle: (x → y → x|y → x → y)/);
    expect(messages[1]).toContain('s → s');
  });

  it('needs at least two leaves and at most 10,000 nodes', () => {
    expect(errorsOf(parseTaxonomy([{ id: 'a', label: 'A' }, { id: 'b', label: 'B', parentId: 'a' }]))[0]?.path).toBe('taxonomy');
    const tooMany = [...bigTaxonomy(), { id: 'one-more', label: 'X' }];
    expect(errorsOf(parseTaxonomy(tooMany))[0]?.message).toContain('at most 10000');
  });

  it('limits depth, reporting only the first node too deep', () => {
    const chain = Array.from({ length: MAX_TAXONOMY_DEPTH + 3 }, (_, i) => ({ id: `n${i}`, label: `N${i}`, parentId: i ? `n${i - 1}` : null }));
    const result = parseTaxonomy([...chain, { id: 'other', label: 'Other' }]);
    expect(errorsOf(result).map((e) => e.path)).toEqual([`taxonomy[${MAX_TAXONOMY_DEPTH}].parentId`]);
  });

  it('parses 10,000 nodes quickly and indexes them once', () => {
    const nodes = bigTaxonomy();
    const started = performance.now();
    const result = parseTaxonomy(nodes);
    if (!result.ok) throw new Error(result.errors[0].message);
    const index = indexTaxonomy(result.value);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.value).toHaveLength(10_000);
    expect(indexTaxonomy(result.value)).toBe(index);
    expect(index.pathTo('r42-c7')).toEqual(['r42', 'r42-c7']);
    expect(index.isLeaf('r42')).toBe(false);
    expect(index.children.get(null)).toHaveLength(100);
  });

  it('searches 10,000 nodes per keystroke quickly once folded', () => {
    const nodes = bigTaxonomy();
    // Whole words first: "Leaf 42 7" and "Leaf 7 42", then "Leaf 42 70" where "7" only starts a word.
    expect(searchTaxonomy(nodes, 'leaf 42 7', 3).map((h) => h.id)).toEqual(['r42-c7', 'r7-c42', 'r42-c70']);
    const started = performance.now();
    for (let i = 0; i < 20; i++) searchTaxonomy(nodes, `leaf ${i}`, 20);
    expect((performance.now() - started) / 20).toBeLessThan(50);
  });
});

describe('parseTaxonomyCsv', () => {
  it('reads quotes, escaped quotes, line breaks in quotes, CRLF, BOM and any column order', () => {
    const csv = '\uFEFFlabel,id,parent_id\r\n"Home, garden",home,\r\n"Say ""hi""",hi,home\r\n\r\n"Two\nlines",two,home\r\n';
    const result = parseTaxonomyCsv(csv);
    expect(result.ok && result.value).toEqual([
      { id: 'home', label: 'Home, garden', parentId: null },
      { id: 'hi', label: 'Say "hi"', parentId: 'home' },
      { id: 'two', label: 'Two\nlines', parentId: 'home' },
    ]);
  });

  it('reports errors with the line number of the file and the column', () => {
    const csv = 'id,label,parent_id\na,A,\n"b\nb",B,a\nc,,a\nd,D,nope\na,Again,\n';
    const errors = errorsOf(parseTaxonomyCsv(csv)) as { path: string; line?: number; message: string }[];
    expect(errors.map((e) => [e.line, e.path])).toEqual([
      [5, 'label'],
      [7, 'id'],
      [6, 'parent_id'],
    ]);
    expect(errors[1].message).toBe('Line 7: Duplicate id "a" (already used by line 2).');
  });

  it('rejects a bad header, a wrong field count and an unclosed quote', () => {
    expect(errorsOf(parseTaxonomyCsv('id,name\na,A'))[0]).toMatchObject({ line: 1 });
    expect(errorsOf(parseTaxonomyCsv('id,label,parent_id\na,A\nb,B,a'))[0]).toMatchObject({ line: 2 });
    expect(errorsOf(parseTaxonomyCsv('id,label,parent_id\na,A,\nb,"B,a\n'))[0]).toMatchObject({ line: 3 });
  });
});

describe('parseTaxonomyJson', () => {
  it('accepts the flat list as JSON text', () => {
    const result = parseTaxonomyJson(JSON.stringify(small));
    expect(result.ok && result.value.map((n) => n.parentId)).toEqual([null, 'a', 'a']);
  });

  it('flattens nested trees, generating ids from folded labels', () => {
    const tree = { label: 'Maison', children: [{ label: 'Électroménager', children: [{ label: 'Bouilloires' }] }, { id: 'deco', label: 'Déco' }] };
    const result = parseTaxonomyJson(tree);
    expect(result.ok && result.value).toEqual([
      { id: 'maison', label: 'Maison', parentId: null },
      { id: 'maison.electromenager', label: 'Électroménager', parentId: 'maison' },
      { id: 'maison.electromenager.bouilloires', label: 'Bouilloires', parentId: 'maison.electromenager' },
      { id: 'deco', label: 'Déco', parentId: 'maison' },
    ]);
  });

  it('points errors at the nested position', () => {
    const trees = [{ label: 'A', children: [{ label: 'B' }, { label: '', children: 'no' }] }, { label: 'C', size: 1 }];
    expect(errorsOf(parseTaxonomyJson(trees)).map((e) => e.path)).toEqual(['[0].children[1].children', '[1].size']);
    expect(errorsOf(parseTaxonomyJson([{ label: 'A', children: [{ label: '' }, { label: 'B' }] }])).map((e) => e.path)).toEqual([
      '[0].children[0].label',
    ]);
    expect(errorsOf(parseTaxonomyJson('{oops'))[0]?.message).toMatch(/^Not valid JSON/);
  });
});
