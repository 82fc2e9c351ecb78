import { foldText } from './text';
import { indexTaxonomy, type TaxonomyNode } from './taxonomy';

/** One hit of the type-to-search picker: a leaf and the path leading to it. */
export interface TaxonomyHit {
  id: string;
  /** Ids from root to leaf: exactly the `path` of a CATEGORIZATION answer. */
  path: string[];
  /** Labels along the same path, for display ("Home › Kitchen › Kettles"). */
  labels: string[];
  score: number;
}

interface LeafEntry {
  id: string;
  path: string[];
  labels: string[];
  /** Folded labels, leaf last. */
  folded: string[];
}

// Folding 10,000 labels per keystroke would be wasteful; leaves are folded once per taxonomy.
const leafCache = new WeakMap<readonly TaxonomyNode[], LeafEntry[]>();

function leavesOf(taxonomy: readonly TaxonomyNode[]): LeafEntry[] {
  const cached = leafCache.get(taxonomy);
  if (cached) return cached;
  const index = indexTaxonomy(taxonomy);
  const leaves = taxonomy
    .filter((node) => index.isLeaf(node.id))
    .map((node) => {
      const path = index.pathTo(node.id);
      const labels = path.map((id) => index.byId.get(id)?.label ?? id);
      return { id: node.id, path, labels, folded: labels.map(foldText) };
    });
  leafCache.set(taxonomy, leaves);
  return leaves;
}

/** The query's words, folded; punctuation separates words. */
function wordsOf(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/**
 * Leaves whose path labels contain every query word (case- and diacritics-insensitive), best first:
 * words in the leaf's own label beat words in its ancestors, whole words beat word starts, which beat
 * mid-word matches,
 * then shorter paths, then alphabetical. An empty query finds nothing.
 */
export function searchTaxonomy(taxonomy: readonly TaxonomyNode[], query: string, limit = 20): TaxonomyHit[] {
  const words = wordsOf(query);
  if (words.length === 0 || limit <= 0) return [];
  const hits: TaxonomyHit[] = [];
  for (const leaf of leavesOf(taxonomy)) {
    const score = scoreLeaf(leaf, words);
    if (score > 0) hits.push({ id: leaf.id, path: leaf.path, labels: leaf.labels, score });
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      a.path.length - b.path.length ||
      (a.labels.at(-1) ?? '').localeCompare(b.labels.at(-1) ?? '') ||
      a.id.localeCompare(b.id),
  );
  return hits.slice(0, limit);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** 0 when a word is missing anywhere on the path; otherwise the sum of each word's best placement. */
function scoreLeaf(leaf: LeafEntry, words: string[]): number {
  let total = 0;
  const last = leaf.folded.length - 1;
  for (const word of words) {
    let best = 0;
    for (let k = last; k >= 0; k--) {
      const position = leaf.folded[k].indexOf(word);
      if (position < 0) continue;
      const label = leaf.folded[k];
      const atWordStart = position === 0 || !WORD_CHAR.test(label[position - 1]);
      const wholeWord = atWordStart && !WORD_CHAR.test(label[position + word.length] ?? ' ');
      best = Math.max(best, (k === last ? 4 : 1) + (atWordStart ? 2 : 0) + (wholeWord ? 1 : 0));
    }
    if (best === 0) return 0;
    total += best;
  }
  return total;
}
