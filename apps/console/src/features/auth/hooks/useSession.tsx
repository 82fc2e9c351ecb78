import { ConsoleMeDocument, ConsoleSignInDocument, ConsoleSignUpDocument, type ConsoleSessionUserFragment } from '@fourmi/api-client';
import { createSession } from '@fourmi/ui';
import { LOCALE_KEY } from '../../../app/config';

/** Requesters (and admins) use the console. */
export function canUseConsole(user: Pick<ConsoleSessionUserFragment, 'roles'>): boolean {
  return user.roles.includes('REQUESTER') || user.roles.includes('ADMIN');
}

/** The signed-in requester, the app's language, and signing in and up as a requester. */
export const { SessionProvider, useSession, useSignIn, useSignUp } = createSession<ConsoleSessionUserFragment>({
  me: ConsoleMeDocument,
  signIn: ConsoleSignInDocument,
  signUp: ConsoleSignUpDocument,
  role: 'REQUESTER',
  canUse: canUseConsole,
  localeKey: LOCALE_KEY,
});
