/** Ids of bigint identity rows (assignments, appeals, contests…) as they arrive in requests. */
export const BIGINT_ID = /^\d{1,18}$/;

/** Whether `id` can be a bigint row id at all; anything else names no row (and must not reach SQL). */
export const isBigintId = (id: string): boolean => BIGINT_ID.test(id);
