/** localStorage keys of this app (the console has its own, so both can be signed in at once). */
export const TOKEN_KEY = 'fourmi.console.token';
export const LOCALE_KEY = 'fourmi.console.locale';

/** Projects are created with rewards in this currency (CreateProjectInput has no currency field). */
export const PROJECT_CURRENCY = 'EUR';
/** Project pages and results refresh this often while open. */
export const REFRESH_MS = 5000;
/**
 * While a project's answers stream in (live progress reads the page again up to once a second), the
 * results and review lists follow at most every REFRESH_MS, and the quality card, whose agreement is
 * measured on up to 2,000 items (13–32 ms of PostgreSQL at scale), at most every QUALITY_REFRESH_MS.
 */
export const QUALITY_REFRESH_MS = 15_000;
