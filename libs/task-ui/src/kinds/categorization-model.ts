import { indexTaxonomy, searchTaxonomy, type CategorizationAnswer, type TaxonomyNode } from '@fourmi/task-kinds';
import type { KeyPress } from '../keyboard';

/** One row of the picker: a leaf found by search, or a category listed while browsing. */
export interface PickerOption {
  id: string;
  /** Ids from the root down to this category. */
  path: string[];
  labels: string[];
  leaf: boolean;
}

export interface PickerState {
  query: string;
  /** The highlighted option, -1 for none. */
  active: number;
  /** Whether the option list is shown. */
  open: boolean;
  /** While browsing (empty query): the category whose children are listed, null for the roots. */
  browse: string | null;
  /** The chosen leaf's path, once chosen. */
  chosen: string[] | null;
}

export const initialPickerState: PickerState = { query: '', active: -1, open: false, browse: null, chosen: null };

/** At most this many options are listed: the search ranks the best first. */
export const MAX_OPTIONS = 20;

/** The options for a state: search hits for a query, otherwise the children of the browsed category. */
export function pickerOptions(taxonomy: readonly TaxonomyNode[], state: Pick<PickerState, 'query' | 'browse'>): PickerOption[] {
  if (state.query.trim() !== '') {
    return searchTaxonomy(taxonomy, state.query, MAX_OPTIONS).map((hit) => ({ id: hit.id, path: hit.path, labels: hit.labels, leaf: true }));
  }
  const index = indexTaxonomy(taxonomy);
  const children = index.children.get(state.browse) ?? [];
  const base = state.browse === null ? [] : index.pathTo(state.browse);
  const baseLabels = base.map((id) => index.byId.get(id)?.label ?? id);
  // Browsing lists every child: a category rarely has hundreds, and all must be reachable.
  return children.map((node) => ({ id: node.id, path: [...base, node.id], labels: [...baseLabels, node.label], leaf: index.isLeaf(node.id) }));
}

export type PickerAction =
  | { type: 'query'; query: string }
  | { type: 'move'; delta: number; count: number }
  | { type: 'pick'; option: PickerOption }
  | { type: 'up'; parentOf: (id: string) => string | null }
  | { type: 'close' }
  | { type: 'reset' };

export function pickerReducer(state: PickerState, action: PickerAction): PickerState {
  switch (action.type) {
    case 'query':
      return { ...state, query: action.query, open: true, active: action.query.trim() === '' ? -1 : 0 };
    case 'move': {
      if (action.count === 0) return { ...state, open: true, active: -1 };
      if (!state.open || state.active < 0) return { ...state, open: true, active: action.delta < 0 ? action.count - 1 : 0 };
      return { ...state, active: (state.active + action.delta + action.count) % action.count };
    }
    case 'pick':
      // A category with subcategories opens them; a leaf is the choice.
      if (!action.option.leaf) return { ...state, query: '', browse: action.option.id, open: true, active: 0 };
      return { ...state, query: '', open: false, active: -1, chosen: action.option.path };
    case 'up':
      if (state.browse === null) return state;
      return { ...state, browse: action.parentOf(state.browse), open: true, active: 0 };
    case 'close':
      return { ...state, open: false, active: -1 };
    case 'reset':
      return initialPickerState;
  }
}

/** What a key press in the search field means. */
export type PickerIntent =
  | { type: 'move'; delta: number }
  | { type: 'pick'; index: number }
  | { type: 'submit' }
  | { type: 'up' }
  | { type: 'close' }
  | null;

export function pickerKey(press: KeyPress, state: PickerState, optionCount: number): PickerIntent {
  if (press.repeat && press.key === 'Enter') return null;
  switch (press.key) {
    case 'ArrowDown':
      return { type: 'move', delta: 1 };
    case 'ArrowUp':
      return { type: 'move', delta: -1 };
    case 'Enter':
      if (press.ctrlKey || press.metaKey) return state.chosen ? { type: 'submit' } : null;
      if (state.open && state.active >= 0 && state.active < optionCount) return { type: 'pick', index: state.active };
      return state.chosen && state.query.trim() === '' ? { type: 'submit' } : null;
    case 'Backspace':
      return state.query === '' && state.browse !== null ? { type: 'up' } : null;
    case 'ArrowLeft':
      return state.query === '' && state.browse !== null ? { type: 'up' } : null;
    case 'Escape':
      return state.open ? { type: 'close' } : null;
    default:
      return null;
  }
}

export function buildCategorizationAnswer(chosen: readonly string[]): CategorizationAnswer {
  return { path: [...chosen] };
}

/** Labels along a path of ids, for the breadcrumbs. */
export function pathLabels(taxonomy: readonly TaxonomyNode[], path: readonly string[]): string[] {
  const index = indexTaxonomy(taxonomy);
  return path.map((id) => index.byId.get(id)?.label ?? id);
}
