import { betaQuantile } from './beta';

export interface SkillEstimate {
  /** Posterior mean accuracy. */
  mean: number;
  /** 2.5% quantile of the posterior. */
  lower: number;
  /** 97.5% quantile of the posterior. */
  upper: number;
  /** The posterior Beta(alpha, beta). */
  alpha: number;
  beta: number;
}

/**
 * A worker's accuracy from `correct` right answers out of `total` (gold or agreement checks), with a
 * Beta prior of mean `priorMean` worth `priorStrength` answers: the posterior is
 * Beta(correct + priorMean·priorStrength, total - correct + (1 - priorMean)·priorStrength). Returns its
 * mean and its equal-tailed 95% credible interval, from exact Beta quantiles (incomplete beta function by
 * continued fraction, inverted by bisection). With the defaults 2 right out of 2 gives 0.8, not 1.
 */
export function betaSkill(
  correct: number,
  total: number,
  options: { priorMean?: number; priorStrength?: number } = {},
): SkillEstimate {
  const { priorMean = 0.7, priorStrength = 4 } = options;
  if (!(Number.isFinite(total) && total >= 0)) throw new RangeError(`betaSkill: total must be >= 0, got ${total}`);
  if (!(Number.isFinite(correct) && correct >= 0 && correct <= total)) {
    throw new RangeError(`betaSkill: correct must be in [0, total=${total}], got ${correct}`);
  }
  if (!(priorMean > 0 && priorMean < 1)) throw new RangeError(`betaSkill: priorMean must be in (0, 1), got ${priorMean}`);
  if (!(priorStrength > 0 && Number.isFinite(priorStrength))) {
    throw new RangeError(`betaSkill: priorStrength must be > 0, got ${priorStrength}`);
  }
  const alpha = correct + priorMean * priorStrength;
  const beta = total - correct + (1 - priorMean) * priorStrength;
  return {
    mean: alpha / (alpha + beta),
    lower: betaQuantile(0.025, alpha, beta),
    upper: betaQuantile(0.975, alpha, beta),
    alpha,
    beta,
  };
}
