import { WorkerMeDocument, WorkerSaveLocaleDocument, WorkerSignInDocument, WorkerSignUpDocument, type WorkerSessionUserFragment } from '@fourmi/api-client';
import { createSession } from '@fourmi/ui';
import { LOCALE_KEY } from '../../../app/config';

/** Only accounts with the WORKER role can use this app. */
export function canWork(user: Pick<WorkerSessionUserFragment, 'roles'>): boolean {
  return user.roles.includes('WORKER');
}

/** The signed-in worker, the app's language (saved to the account), and signing in and up as a worker. */
export const { SessionProvider, useSession, useSignIn, useSignUp } = createSession<WorkerSessionUserFragment>({
  me: WorkerMeDocument,
  signIn: WorkerSignInDocument,
  signUp: WorkerSignUpDocument,
  role: 'WORKER',
  canUse: canWork,
  localeKey: LOCALE_KEY,
  saveLocale: WorkerSaveLocaleDocument,
});
