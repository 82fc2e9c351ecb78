import { categorization, type CategorizationConfig, type TaxonomyNode } from '@fourmi/task-kinds';
import { describe, expect, it } from 'vitest';
import {
  buildCategorizationAnswer,
  initialPickerState,
  pathLabels,
  pickerKey,
  pickerOptions,
  pickerReducer,
  type PickerAction,
  type PickerState,
} from './categorization-model';

function config(taxonomy: TaxonomyNode[]): CategorizationConfig {
  const result = categorization.parseConfig({ taxonomy });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
const small = config([
  { id: 'home', label: 'Home', parentId: null },
  { id: 'home.kettles', label: 'Kettles', parentId: 'home' },
  { id: 'home.toasters', label: 'Toasters', parentId: 'home' },
  { id: 'fashion', label: 'Fashion', parentId: null },
  { id: 'fashion.shoes', label: 'Shoes', parentId: 'fashion' },
]);
const input = { title: 'A kettle' };
const parentOf = (id: string) => small.taxonomy.find((n) => n.id === id)?.parentId ?? null;

function run(actions: PickerAction[], from: PickerState = initialPickerState): PickerState {
  return actions.reduce(pickerReducer, from);
}

describe('categorization picker', () => {
  it('searches leaves, moves with the arrows, and chooses with Enter', () => {
    let state = run([{ type: 'query', query: 'ket' }]);
    const options = pickerOptions(small.taxonomy, state);
    expect(options.map((o) => o.id)).toEqual(['home.kettles']);
    expect(state.active).toBe(0);
    expect(pickerKey({ key: 'Enter' }, state, options.length)).toEqual({ type: 'pick', index: 0 });
    state = pickerReducer(state, { type: 'pick', option: options[0] });
    expect(state).toMatchObject({ query: '', open: false, chosen: ['home', 'home.kettles'] });
    expect(pathLabels(small.taxonomy, state.chosen ?? [])).toEqual(['Home', 'Kettles']);
    // Enter again sends; so does Ctrl+Enter.
    expect(pickerKey({ key: 'Enter' }, state, 0)).toEqual({ type: 'submit' });
    expect(pickerKey({ key: 'Enter', ctrlKey: true }, state, 0)).toEqual({ type: 'submit' });
    const answer = buildCategorizationAnswer(state.chosen ?? []);
    expect(categorization.parseAnswer(answer, small, input)).toEqual({ ok: true, value: answer });
  });

  it('wraps around with the arrows', () => {
    const state = run([
      { type: 'query', query: 'e' },
      { type: 'move', delta: -1, count: 3 },
    ]);
    expect(state.active).toBe(2);
    expect(pickerReducer(state, { type: 'move', delta: 1, count: 3 }).active).toBe(0);
  });

  it('browses the tree with an empty search: Enter opens, Backspace goes up', () => {
    let state = run([{ type: 'move', delta: 1, count: 2 }]);
    let options = pickerOptions(small.taxonomy, state);
    expect(options.map((o) => [o.id, o.leaf])).toEqual([
      ['home', false],
      ['fashion', false],
    ]);
    state = pickerReducer(state, { type: 'pick', option: options[0] });
    options = pickerOptions(small.taxonomy, state);
    expect(state.browse).toBe('home');
    expect(options.map((o) => o.path)).toEqual([
      ['home', 'home.kettles'],
      ['home', 'home.toasters'],
    ]);
    expect(pickerKey({ key: 'Backspace' }, state, options.length)).toEqual({ type: 'up' });
    expect(pickerReducer(state, { type: 'up', parentOf }).browse).toBeNull();
  });

  it('sends nothing before a leaf is chosen, and Escape closes the list', () => {
    const state = run([{ type: 'query', query: 'zzz' }]);
    expect(pickerOptions(small.taxonomy, state)).toEqual([]);
    expect(pickerKey({ key: 'Enter' }, state, 0)).toBeNull();
    expect(pickerKey({ key: 'Enter', ctrlKey: true }, state, 0)).toBeNull();
    expect(pickerKey({ key: 'Escape' }, state, 0)).toEqual({ type: 'close' });
  });

  it('searches a 10,000-node taxonomy quickly once indexed', () => {
    const nodes: TaxonomyNode[] = [];
    for (let a = 0; a < 10; a++) {
      nodes.push({ id: `d${a}`, label: `Department ${a}`, parentId: null });
      for (let b = 0; b < 30; b++) {
        nodes.push({ id: `d${a}.c${b}`, label: `Category ${a}-${b}`, parentId: `d${a}` });
        for (let c = 0; c < 32; c++) nodes.push({ id: `d${a}.c${b}.l${c}`, label: `Leaf item ${a} ${b} ${c} widget`, parentId: `d${a}.c${b}` });
      }
    }
    const big = config(nodes.slice(0, 10_000));
    pickerOptions(big.taxonomy, { query: 'warm', browse: null }); // builds the index once
    const started = performance.now();
    for (const query of ['w', 'wi', 'wid', 'widg', 'widget 7', 'leaf 3 12']) pickerOptions(big.taxonomy, { query, browse: null });
    const perKeystroke = (performance.now() - started) / 6;
    expect(perKeystroke).toBeLessThan(50);
    expect(pickerOptions(big.taxonomy, { query: 'leaf item 3 12 7', browse: null })[0]?.id).toBe('d3.c12.l7');
  });
});
