import { answerShape, type Answers } from './answers';

/**
 * Estimates each worker's accuracy from how often their answers agree with a reference label per item
 * (typically the majority vote, when no gold is known): the Beta posterior mean
 * (agreements + priorMean·priorStrength) / (answers + priorStrength), so a worker with few answers stays
 * near the prior and nobody gets exactly 0 or 1. Answers on items whose reference is -1 are ignored.
 * The reference includes the worker's own vote, which flatters workers a little on items with few answers.
 */
export function agreementAccuracy(
  answers: Answers,
  reference: Int32Array,
  options: { nWorkers?: number; priorMean?: number; priorStrength?: number } = {},
): Float64Array {
  const { priorMean = 0.7, priorStrength = 4 } = options;
  if (!(priorMean > 0 && priorMean < 1)) throw new RangeError(`agreementAccuracy: priorMean must be in (0, 1), got ${priorMean}`);
  if (!(priorStrength > 0)) throw new RangeError(`agreementAccuracy: priorStrength must be > 0, got ${priorStrength}`);
  const { nWorkers } = answerShape(answers, { nItems: reference.length, nWorkers: options.nWorkers });
  const agree = new Float64Array(nWorkers);
  const total = new Float64Array(nWorkers);
  const { items, workers, labels } = answers;
  for (let a = 0; a < items.length; a++) {
    const ref = reference[items[a]];
    if (ref < 0) continue;
    total[workers[a]]++;
    if (labels[a] === ref) agree[workers[a]]++;
  }
  const accuracy = new Float64Array(nWorkers);
  for (let w = 0; w < nWorkers; w++) accuracy[w] = (agree[w] + priorMean * priorStrength) / (total[w] + priorStrength);
  return accuracy;
}
