/** localStorage keys of this app (the console has its own, so both can be signed in at once). */
export const TOKEN_KEY = 'fourmi.console.token';
export const LOCALE_KEY = 'fourmi.console.locale';

/** Projects are created with rewards in this currency (CreateProjectInput has no currency field). */
export const PROJECT_CURRENCY = 'EUR';
/** Project pages and results refresh this often while open. */
export const REFRESH_MS = 5000;
