import { answerShape, type Answers } from './answers';
import { firstVotes, pickLabels, type ItemLabels } from './item-labels';
import { voteShares } from './majority-vote';

export interface DawidSkeneOptions {
  /** Most EM iterations (one M-step then one E-step each). Default 50. */
  maxIterations?: number;
  /** Stop once no posterior entry moved by more than this in an iteration. Default 1e-6. */
  tolerance?: number;
  /** Additive (Dirichlet) smoothing of confusion-matrix rows and class priors. Default 0.01. */
  smoothing?: number;
  nItems?: number;
  nWorkers?: number;
  nLabels?: number;
}

export interface DawidSkeneResult extends ItemLabels {
  /** Posterior over true labels, flat `nItems × nLabels`; unanswered items get the class priors. */
  posterior: Float64Array;
  /** Class priors from the last M-step. */
  priors: Float64Array;
  /**
   * Worker confusion matrices, flat `nWorkers × nLabels × nLabels`:
   * `confusion[(w * K + trueLabel) * K + givenLabel]` = P(worker w answers givenLabel | trueLabel).
   */
  confusion: Float64Array;
  nLabels: number;
  nWorkers: number;
  /** EM iterations run. */
  iterations: number;
  /** True when the tolerance was reached before maxIterations. */
  converged: boolean;
  /** Log-likelihood of the answers under the final parameters (natural log). */
  logLikelihood: number;
}

/**
 * Dawid-Skene (1979) by EM: each worker has a full confusion matrix, items have class priors. Starts from
 * the soft majority vote (vote shares), then alternates
 * - M-step: prior_k = (Σ_i T_ik + s) / (answeredItems + K·s);
 *   confusion_wkl = (Σ_{answers of w with label l} T_ik + s) / (Σ_{answers of w} T_ik + K·s)
 * - E-step: T_ik ∝ prior_k · Π_{answers a on i} confusion_{w_a, k, l_a} (computed in logs).
 * A worker who never met class k keeps a uniform row for k, so workers seen on few items count for
 * little. Argmax ties (within 1e-12) go to the label voted first on the item.
 * Cost per iteration: two passes of K steps over the answers, with flat typed arrays throughout.
 */
export function dawidSkene(answers: Answers, options: DawidSkeneOptions = {}): DawidSkeneResult {
  const { maxIterations = 50, tolerance = 1e-6, smoothing = 0.01 } = options;
  if (!(Number.isInteger(maxIterations) && maxIterations >= 0)) {
    throw new RangeError(`dawidSkene: maxIterations must be a non-negative integer, got ${maxIterations}`);
  }
  if (!(tolerance >= 0)) throw new RangeError(`dawidSkene: tolerance must be >= 0, got ${tolerance}`);
  if (!(smoothing >= 0 && Number.isFinite(smoothing))) throw new RangeError(`dawidSkene: smoothing must be >= 0, got ${smoothing}`);
  const { nItems, nWorkers, nLabels: K } = answerShape(answers, options);
  const { items, workers, labels } = answers;
  const n = items.length;
  const KK = K * K;

  // Answers grouped by item (counting sort, stable), each reduced to its confusion offset w·K² + l, so both
  // passes walk the posterior rows in order and touch only the small confusion table at random.
  const start = new Int32Array(nItems + 1);
  for (let a = 0; a < n; a++) start[items[a] + 1]++;
  for (let i = 0; i < nItems; i++) start[i + 1] += start[i];
  const offsets = new Int32Array(n);
  const fill = start.slice(0, nItems);
  for (let a = 0; a < n; a++) offsets[fill[items[a]]++] = workers[a] * KK + labels[a];
  let nAnswered = 0;
  for (let i = 0; i < nItems; i++) if (start[i + 1] > start[i]) nAnswered++;

  const T = voteShares(answers, nItems, K);
  const priors = new Float64Array(K);
  const logPriors = new Float64Array(K);
  const counts = new Float64Array(nWorkers * KK);
  const logConfusion = new Float64Array(nWorkers * KK);
  const row = new Float64Array(K);

  let iterations = 0;
  let converged = false;
  let logLikelihood = 0;

  const mStep = (): void => {
    priors.fill(0);
    counts.fill(0);
    for (let i = 0; i < nItems; i++) {
      const from = start[i];
      const to = start[i + 1];
      if (from === to) continue;
      const tBase = i * K;
      for (let k = 0; k < K; k++) priors[k] += T[tBase + k];
      // counts[(w*K + k)*K + l] += T[i,k] for each answer (w, l) on item i.
      for (let a = from; a < to; a++) {
        const c = offsets[a];
        for (let k = 0; k < K; k++) counts[c + k * K] += T[tBase + k];
      }
    }
    const priorTotal = nAnswered + K * smoothing;
    for (let k = 0; k < K; k++) {
      priors[k] = priorTotal > 0 ? (priors[k] + smoothing) / priorTotal : 1 / K;
      logPriors[k] = Math.log(priors[k]);
    }
    for (let r = 0; r < nWorkers * K; r++) {
      const base = r * K;
      let total = K * smoothing;
      for (let l = 0; l < K; l++) total += counts[base + l];
      for (let l = 0; l < K; l++) {
        // An empty row with no smoothing is uniform.
        logConfusion[base + l] = total > 0 ? Math.log((counts[base + l] + smoothing) / total) : -Math.log(K);
      }
    }
  };

  const eStep = (): number => {
    let maxChange = 0;
    logLikelihood = 0;
    for (let i = 0; i < nItems; i++) {
      const tBase = i * K;
      const from = start[i];
      const to = start[i + 1];
      if (from === to) {
        T.set(priors, tBase);
        continue;
      }
      row.set(logPriors);
      for (let a = from; a < to; a++) {
        const c = offsets[a];
        for (let k = 0; k < K; k++) row[k] += logConfusion[c + k * K];
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) if (row[k] > max) max = row[k];
      if (max === -Infinity) {
        // Every label impossible (only with smoothing 0): keep the previous posterior.
        logLikelihood = -Infinity;
        continue;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) sum += row[k] = Math.exp(row[k] - max);
      logLikelihood += max + Math.log(sum);
      for (let k = 0; k < K; k++) {
        const p = row[k] / sum;
        const change = Math.abs(p - T[tBase + k]);
        if (change > maxChange) maxChange = change;
        T[tBase + k] = p;
      }
    }
    return maxChange;
  };

  while (iterations < maxIterations) {
    mStep();
    const change = eStep();
    iterations++;
    if (change <= tolerance) {
      converged = true;
      break;
    }
  }
  if (iterations === 0) {
    // No EM asked for: report the majority-vote start with parameters estimated from it.
    mStep();
    for (let i = 0; i < nItems; i++) if (start[i + 1] === start[i]) T.set(priors, i * K);
  }

  const confusion = new Float64Array(nWorkers * KK);
  for (let r = 0; r < nWorkers * K; r++) {
    for (let l = 0; l < K; l++) confusion[r * K + l] = Math.exp(logConfusion[r * K + l]);
  }
  const answered = new Int32Array(nItems);
  for (let i = 0; i < nItems; i++) answered[i] = start[i + 1] - start[i];
  const winners = pickLabels(T, firstVotes(items, labels, nItems, K), answered, K, 'first-vote', 1e-12);
  const confidence = new Float64Array(nItems);
  for (let i = 0; i < nItems; i++) if (winners[i] >= 0) confidence[i] = T[i * K + winners[i]];
  return { labels: winners, confidence, posterior: T, priors, confusion, nLabels: K, nWorkers, iterations, converged, logLikelihood };
}
