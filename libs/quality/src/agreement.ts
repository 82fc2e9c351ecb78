import { answerShape, type Answers } from './answers';

/** Per item, how many answers gave each label (flat nItems × nLabels), and the answers per item. */
function labelCounts(answers: Answers): { counts: Int32Array; perItem: Int32Array; nItems: number; nLabels: number } {
  const { nItems, nLabels } = answerShape(answers);
  const counts = new Int32Array(nItems * nLabels);
  const perItem = new Int32Array(nItems);
  const { items, labels } = answers;
  for (let a = 0; a < items.length; a++) {
    counts[items[a] * nLabels + labels[a]]++;
    perItem[items[a]]++;
  }
  return { counts, perItem, nItems, nLabels };
}

/**
 * Krippendorff's alpha for nominal labels: 1 - observed / expected disagreement, over the items with at
 * least two answers (each answer is one value; repeated (item, worker) pairs count twice). 1 is perfect
 * agreement, 0 chance level, negative worse than chance. NaN when it is undefined: no item has two
 * answers, or only one label value occurs (expected disagreement 0).
 */
export function krippendorffAlpha(answers: Answers): number {
  const { counts, perItem, nItems, nLabels } = labelCounts(answers);
  const labelTotals = new Float64Array(nLabels);
  let n = 0;
  let observed = 0; // Σ_{c≠k} o_ck = Σ_u (m_u² - Σ_c n_uc²) / (m_u - 1)
  for (let i = 0; i < nItems; i++) {
    const m = perItem[i];
    if (m < 2) continue;
    let squares = 0;
    for (let k = 0; k < nLabels; k++) {
      const c = counts[i * nLabels + k];
      squares += c * c;
      labelTotals[k] += c;
    }
    observed += (m * m - squares) / (m - 1);
    n += m;
  }
  let expected = n * n; // Σ_{c≠k} n_c n_k = n² - Σ_c n_c²
  for (let k = 0; k < nLabels; k++) expected -= labelTotals[k] * labelTotals[k];
  if (n < 2 || expected === 0) return Number.NaN;
  return 1 - ((n - 1) * observed) / expected;
}

/**
 * Mean over items with at least two answers of the share of answer pairs that agree. NaN when no item
 * has two answers.
 */
export function percentAgreement(answers: Answers): number {
  const { counts, perItem, nItems, nLabels } = labelCounts(answers);
  let sum = 0;
  let units = 0;
  for (let i = 0; i < nItems; i++) {
    const m = perItem[i];
    if (m < 2) continue;
    let agreeing = 0;
    for (let k = 0; k < nLabels; k++) {
      const c = counts[i * nLabels + k];
      agreeing += c * (c - 1);
    }
    sum += agreeing / (m * (m - 1));
    units++;
  }
  return units === 0 ? Number.NaN : sum / units;
}
