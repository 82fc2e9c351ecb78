/**
 * Answers as parallel typed arrays: answer `a` says that worker `workers[a]` gave label `labels[a]` to item
 * `items[a]`. Indices are dense (0..n-1). The same (item, worker) pair may occur more than once; every
 * occurrence counts as one answer, as in the public datasets.
 */
export interface Answers {
  items: Int32Array;
  workers: Int32Array;
  labels: Int32Array;
}

/** How many items, workers and labels the indices of a set of answers range over. */
export interface AnswerShape {
  nItems: number;
  nWorkers: number;
  nLabels: number;
}

/** One answer as read from a file or a database row. */
export interface AnswerRow {
  item: string;
  worker: string;
  label: string;
}

/** Encoded answers plus the index → name tables (names in order of first appearance). */
export interface EncodedAnswers extends Answers {
  itemNames: string[];
  workerNames: string[];
  labelNames: string[];
}

/** Gives every distinct item, worker and label a dense index, in order of first appearance. */
export function encodeAnswers(rows: readonly AnswerRow[]): EncodedAnswers {
  const n = rows.length;
  const items = new Int32Array(n);
  const workers = new Int32Array(n);
  const labels = new Int32Array(n);
  const itemNames: string[] = [];
  const workerNames: string[] = [];
  const labelNames: string[] = [];
  const itemIndex = new Map<string, number>();
  const workerIndex = new Map<string, number>();
  const labelIndex = new Map<string, number>();
  for (let a = 0; a < n; a++) {
    const row = rows[a];
    items[a] = indexOf(itemIndex, itemNames, row.item);
    workers[a] = indexOf(workerIndex, workerNames, row.worker);
    labels[a] = indexOf(labelIndex, labelNames, row.label);
  }
  return { items, workers, labels, itemNames, workerNames, labelNames };
}

function indexOf(index: Map<string, number>, names: string[], name: string): number {
  let i = index.get(name);
  if (i === undefined) {
    i = names.length;
    index.set(name, i);
    names.push(name);
  }
  return i;
}

/**
 * The shape of a set of answers: each count is the one given, or else the largest index + 1.
 * Throws a RangeError naming the first answer whose arrays disagree in length or whose index is negative
 * or outside a given count, so the aggregation loops can index without checks.
 */
export function answerShape(answers: Answers, given: Partial<AnswerShape> = {}): AnswerShape {
  const { items, workers, labels } = answers;
  const n = items.length;
  if (workers.length !== n || labels.length !== n) {
    throw new RangeError(
      `answers: items, workers and labels must have the same length (got ${n}, ${workers.length}, ${labels.length})`,
    );
  }
  const nItems = checkedCount('item', items, given.nItems);
  const nWorkers = checkedCount('worker', workers, given.nWorkers);
  const nLabels = checkedCount('label', labels, given.nLabels);
  return { nItems, nWorkers, nLabels };
}

function checkedCount(what: string, indices: Int32Array, given: number | undefined): number {
  if (given !== undefined && !(Number.isInteger(given) && given >= 0)) {
    throw new RangeError(`answers: n${what[0].toUpperCase()}${what.slice(1)}s must be a non-negative integer, got ${given}`);
  }
  let max = -1;
  for (let a = 0; a < indices.length; a++) {
    const v = indices[a];
    if (v < 0 || (given !== undefined && v >= given)) {
      throw new RangeError(`answers: answer ${a} has ${what} index ${v}, outside 0..${(given ?? 1) - 1}`);
    }
    if (v > max) max = v;
  }
  return given ?? max + 1;
}

/** Number of answers per item. */
export function answersPerItem(answers: Answers, nItems: number): Int32Array {
  const counts = new Int32Array(nItems);
  const { items } = answers;
  for (let a = 0; a < items.length; a++) counts[items[a]]++;
  return counts;
}
