import { foldText } from './text';
import { MAX_TAXONOMY_NODES, parseTaxonomy, type TaxonomyNode } from './taxonomy';
import type { FieldError, Result } from './types';
import { at, isRecord, problem } from './validate';

/** A nested taxonomy as people write it by hand; `id` defaults to the parent's id + "." + a slug of the label. */
export interface TaxonomyTree {
  id?: string;
  label: string;
  children?: TaxonomyTree[];
}

/**
 * Reads a taxonomy from JSON text or an already parsed value: either the flat list of
 * `{ id, label, parentId }`, or nested `{ label, children }` trees (one tree or a list of them).
 */
export function parseTaxonomyJson(json: unknown): Result<TaxonomyNode[]> {
  const value = typeof json === 'string' ? parseJson(json) : { ok: true as const, value: json };
  if (!value.ok) return value;
  const raw = value.value;
  const nested = isRecord(raw) || (Array.isArray(raw) && raw.some((n) => isRecord(n) && ('children' in n || !('id' in n))));
  if (!nested) return parseTaxonomy(raw, '');
  const flat = flatten(Array.isArray(raw) ? raw : [raw], isRecord(raw));
  if (flat.errors.length > 0) return { ok: false, errors: flat.errors };
  const result = parseTaxonomy(flat.nodes, '');
  if (result.ok) return result;
  // Point errors back at the nested position the person wrote, not at the flattened index.
  const errors = result.errors.map((e) => ({ ...e, path: e.path.replace(/^\[(\d+)\]/, (_, i: string) => flat.sources[Number(i)]) }));
  return { ok: false, errors };
}

function parseJson(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, errors: [{ path: '', message: `Not valid JSON: ${(error as Error).message}` }] };
  }
}

interface Flat {
  nodes: Record<string, unknown>[];
  sources: string[];
  errors: FieldError[];
}

/** Depth-first, in document order, with an explicit stack (deep trees must not overflow the call stack). */
function flatten(roots: unknown[], single: boolean): Flat {
  const flat: Flat = { nodes: [], sources: [], errors: [] };
  const stack = roots.map((node, i) => ({ node, path: single ? '' : `[${i}]`, parentId: null as string | null })).reverse();
  while (stack.length > 0 && flat.nodes.length <= MAX_TAXONOMY_NODES) {
    const { node, path, parentId } = stack.pop() as (typeof stack)[number];
    if (!isRecord(node)) {
      flat.errors.push(problem(path, 'field.notCategoryNode'));
      continue;
    }
    for (const key of Object.keys(node)) {
      if (!['id', 'label', 'children'].includes(key)) flat.errors.push(problem(at(path, key), 'field.unknownField', { field: key }));
    }
    const id = typeof node['id'] === 'string' && node['id'].trim() !== '' ? node['id'] : generatedId(node['label'], parentId);
    flat.nodes.push({ id, label: node['label'], parentId });
    flat.sources.push(path);
    const children = node['children'] ?? [];
    if (!Array.isArray(children)) flat.errors.push(problem(at(path, 'children'), 'field.notList'));
    else {
      for (let k = children.length - 1; k >= 0; k--) {
        stack.push({ node: children[k], path: at(at(path, 'children'), k), parentId: id.trim() });
      }
    }
  }
  if (flat.nodes.length > MAX_TAXONOMY_NODES) {
    flat.errors.push(problem('', 'field.tooManyCategories', { max: MAX_TAXONOMY_NODES }));
  }
  return flat;
}

/** "Électroménager" under "home" → "home.electromenager": readable, stable while labels stay. */
function generatedId(label: unknown, parentId: string | null): string {
  const slug = typeof label === 'string' ? foldText(label).replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') : '';
  const own = slug.slice(0, 40) || 'node';
  return parentId ? `${parentId}.${own}` : own;
}
