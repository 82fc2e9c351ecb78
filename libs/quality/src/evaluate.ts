import type { EncodedAnswers } from './answers';
import type { AggregateRow, TruthRow } from './csv';
import type { ItemLabels } from './item-labels';

/** Named result rows (in item index order) from an aggregation over encoded answers; unanswered items are left out. */
export function toAggregateRows(encoded: Pick<EncodedAnswers, 'itemNames' | 'labelNames'>, result: ItemLabels): AggregateRow[] {
  const rows: AggregateRow[] = [];
  for (let i = 0; i < encoded.itemNames.length; i++) {
    const label = result.labels[i];
    if (label < 0) continue;
    rows.push({ item: encoded.itemNames[i], label: encoded.labelNames[label], confidence: result.confidence[i] });
  }
  return rows;
}

export interface Accuracy {
  correct: number;
  /** Number of truth rows; an item without answers counts as wrong. */
  total: number;
  accuracy: number;
}

/** Share of the ground-truth items whose aggregated label equals the true one (labels compared by name). */
export function accuracyAgainstTruth(
  encoded: Pick<EncodedAnswers, 'itemNames' | 'labelNames'>,
  result: ItemLabels,
  truth: readonly TruthRow[],
): Accuracy {
  const itemIndex = new Map<string, number>();
  encoded.itemNames.forEach((name, i) => itemIndex.set(name, i));
  let correct = 0;
  for (const { item, label } of truth) {
    const i = itemIndex.get(item);
    if (i === undefined) continue;
    const predicted = result.labels[i];
    if (predicted >= 0 && encoded.labelNames[predicted] === label) correct++;
  }
  return { correct, total: truth.length, accuracy: truth.length === 0 ? Number.NaN : correct / truth.length };
}
