/** The prior of every skill: a new worker counts as 70 % right, worth 4 answers of evidence. */
export const SKILL_PRIOR_MEAN = 0.7;
export const SKILL_PRIOR_STRENGTH = 4;

/** Posterior mean of a Beta prior updated with `correct` (a sum of 0..1 scores) out of `total`. */
export function skillValue(correct: number, total: number): number {
  return (correct + SKILL_PRIOR_MEAN * SKILL_PRIOR_STRENGTH) / (total + SKILL_PRIOR_STRENGTH);
}
