/** Where a reset link is opened: the worker app, or the console (requesters and admins), as the API says. */
export type ResetLinkApp = 'WORKER' | 'CONSOLE' | (string & {});

/** The app's reset page, as the API documents it (PasswordResetLink.ticket). */
const RESET_PAGES: Record<string, string> = { WORKER: '/reset-password', CONSOLE: '/console/reset-password' };

/**
 * The whole link an admin passes on, on this server (`origin`, e.g. window.location.origin): the reset
 * page of the app the API named, with the ticket. An app this console does not know gets the worker
 * app's page, whose people are most of those who ask.
 */
export function resetLinkUrl(origin: string, app: ResetLinkApp, ticket: string): string {
  const url = new URL(RESET_PAGES[app] ?? RESET_PAGES['WORKER'], origin);
  url.searchParams.set('ticket', ticket);
  return url.toString();
}
