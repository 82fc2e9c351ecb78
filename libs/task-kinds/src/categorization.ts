import { indexTaxonomy, parseTaxonomy, type TaxonomyNode } from './taxonomy';
import type { Result, TaskKindDefinition } from './types';
import { at, done, fail, type Errors, problem, readArray, readObject, readString, readUrl } from './validate';

/** The taxonomy in its flat form; build it from CSV or nested JSON with the taxonomy helpers. */
export interface CategorizationConfig {
  taxonomy: TaxonomyNode[];
}

/** A product to categorise. */
export interface CategorizationInput {
  title: string;
  description?: string;
  imageUrl?: string;
}

/** Category ids from a root down to a leaf. */
export interface CategorizationAnswer {
  path: string[];
}

function parseConfig(raw: unknown): Result<CategorizationConfig> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['taxonomy'], errors);
  if (!obj) return fail(errors);
  const taxonomy = parseTaxonomy(obj['taxonomy'], 'taxonomy');
  if (!taxonomy.ok) return fail([...errors, ...taxonomy.errors]);
  return done({ taxonomy: taxonomy.value }, errors);
}

function parseInput(raw: unknown): Result<CategorizationInput> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['title', 'description', 'imageUrl'], errors);
  if (!obj) return fail(errors);
  const input: CategorizationInput = { title: readString(obj, 'title', '', errors, { required: true, max: 500 }) ?? '' };
  const description = readString(obj, 'description', '', errors, { max: 20_000 });
  const imageUrl = readUrl(obj, 'imageUrl', '', errors, { allowPath: true });
  if (description !== undefined) input.description = description;
  if (imageUrl !== undefined) input.imageUrl = imageUrl;
  return done(input, errors);
}

function parseAnswer(raw: unknown, config: CategorizationConfig): Result<CategorizationAnswer> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['path'], errors);
  const items = obj && readArray(obj, 'path', '', errors, { required: true, min: 1, max: 100 });
  if (!items) return fail(errors);
  const index = indexTaxonomy(config.taxonomy);
  const path: string[] = [];
  for (const [i, item] of items.entries()) {
    const where = at('path', i);
    const id = typeof item === 'string' ? item.trim() : undefined;
    const node = id === undefined ? undefined : index.byId.get(id);
    const expectedParent = i === 0 ? null : path[i - 1];
    // Stop at the first broken step: later steps cannot be judged against a wrong parent.
    if (id === undefined) errors.push(problem(where, 'field.notCategoryId'));
    else if (!node) errors.push(problem(where, 'field.unknownCategory', { value: id }));
    else if ((node.parentId ?? null) !== expectedParent) {
      errors.push(
        expectedParent === null
          ? problem(where, 'field.notTopCategory', { value: id })
          : problem(where, 'field.notChildCategory', { value: id, parent: expectedParent }),
      );
    } else path.push(id);
    if (errors.length > 0) break;
  }
  const last = path.at(-1);
  if (errors.length === 0 && last !== undefined && !index.isLeaf(last)) {
    errors.push(problem('path', 'field.notLeafCategory', { value: last }));
  }
  return done({ path }, errors);
}

/** Shared prefix length over the longer path: a right department with a wrong leaf earns part credit. */
export function pathAgreement(a: readonly string[], b: readonly string[]): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  let shared = 0;
  while (shared < Math.min(a.length, b.length) && a[shared] === b[shared]) shared++;
  return shared / longest;
}

const score = (a: CategorizationAnswer, b: CategorizationAnswer): number => pathAgreement(a.path, b.path);

export const categorization: TaskKindDefinition<CategorizationConfig, CategorizationInput, CategorizationAnswer> = {
  kind: 'CATEGORIZATION',
  parseConfig,
  parseInput: (raw) => parseInput(raw),
  parseAnswer: (raw, config) => parseAnswer(raw, config),
  agreement: score,
  goldScore: score,
  voteKey: (answer) => answer.path.join('/'),
};
