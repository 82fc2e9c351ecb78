/**
 * Answers a project may ask per item, whatever its kind: the API's create-project input enforces it and
 * the console's project form offers it, so the two cannot disagree.
 */
export const OVERLAP_LIMITS = { min: 1, max: 20 } as const;
