/** localStorage keys of this app (the console has its own, so both can be signed in at once). */
export const TOKEN_KEY = 'fourmi.worker.token';
export const LOCALE_KEY = 'fourmi.worker.locale';
/** Per project: the instructions the worker closed (their fingerprint), so they stay closed until edited. */
export const INSTRUCTIONS_CLOSED_KEY = 'fourmi.worker.instructionsClosed';
/** The currency of worker earnings (the API's WorkerSummary has no currency field yet). */
export const EARNINGS_CURRENCY = 'EUR';
