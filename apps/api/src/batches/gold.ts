/** Gold items never fill up: every worker may answer each one once. */
export const GOLD_OVERLAP = 2_147_483_647;
