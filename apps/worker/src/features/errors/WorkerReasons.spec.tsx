import { ApiError, toApiError } from '@fourmi/api-client';
import { refusalsOf } from '@fourmi/task-kinds';
import { ErrorAlert, I18nProvider, SignInForm } from '@fourmi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { workerI18n } from '../../i18n';
import { WorkerReasons } from './WorkerReasons';

const inApp = (children: ReactNode) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale="fr">
      <WorkerReasons>{children}</WorkerReasons>
    </I18nProvider>,
  );
const inFrench = (error: ApiError) => inApp(<ErrorAlert error={error} />);

describe('WorkerReasons', () => {
  it('says a second appeal and too large a payout in French', () => {
    const appeal = new ApiError('You already appealed this rejection; an appeal is possible once', 'CONFLICT', [], 200, { key: 'appeal.already', params: {} });
    expect(inFrench(appeal)).toContain('Vous avez déjà contesté ce refus ; une seule contestation est possible.');
    const payout = new ApiError('You can withdraw at most €3.20', 'INSUFFICIENT_FUNDS', [], 200, { key: 'payout.atMost', params: { maxCents: 320, currency: 'EUR' } });
    expect(inFrench(payout)).toMatch(/Vous pouvez retirer au plus 3,20\s€\./);
  });

  it('words every refusal the API can send a worker, in English and in French, and no other', () => {
    const { en, fr } = workerI18n.dictionaries;
    const keys = refusalsOf('worker');
    // A refused claim is worded by the runner's ClaimError (`refusal.banned` for `claim.banned`), an answer
    // the runner could not store by its notices (by code, as runner-state.ts says); the rest here.
    const byRunner: Record<string, string> = {
      'task.leaseExpired': 'runner.leaseExpiredHint',
      'task.alreadyAnswered': 'runner.alreadySubmitted',
      'task.tryAgain': 'runner.tryAgain',
    };
    const nameOf = (key: string) => byRunner[key] ?? (key.startsWith('claim.') ? `refusal.${key.slice('claim.'.length)}` : `reason.${key}`);
    for (const key of keys) {
      expect(en[nameOf(key) as keyof typeof en], key).toBeDefined();
      expect(fr[nameOf(key) as keyof typeof fr], key).toBeDefined();
    }
    const worded = Object.keys(en).flatMap((name) => (name.startsWith('reason.') ? [name.slice('reason.'.length)] : []));
    expect(worded.filter((key) => !(keys as string[]).includes(key))).toEqual([]);
  });

  it('says in French that a task, a project or a gold answer cannot be found', () => {
    const notFound = (message: string, key: string) => inFrench(new ApiError(message, 'NOT_FOUND', [], 200, { key, params: {} }));
    expect(notFound('No such assignment', 'assignment.notFound')).toContain('Tâche introuvable.');
    expect(notFound('No such project', 'project.notFound')).toContain('Projet introuvable.');
    expect(notFound('No gold answer of yours with this id', 'contest.goldNotFound')).toContain('Aucune de vos réponses de contrôle ne porte cet identifiant.');
    expect(notFound('This account no longer exists', 'account.gone')).not.toContain('This account');
  });

  // The errors exactly as the API sends them (auth.int-spec.ts checks it does), read as the app's client reads them.
  it('says a wrong password and a suspended account at sign-in in French', () => {
    const fields = [{ path: 'password', message: 'Wrong email or password', reason: { key: 'field.wrongCredentials', params: {} } }];
    const wrong = toApiError([{ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED', fields, reason: { key: 'auth.wrongCredentials', params: {} } } }]);
    const signIn = inApp(<SignInForm onSubmit={() => undefined} error={wrong} />);
    expect(signIn).toContain('E-mail ou mot de passe incorrect.');
    expect(signIn).not.toContain('Wrong email');
    const suspended = toApiError([{ message: 'This account is suspended', extensions: { code: 'FORBIDDEN', fields: [], reason: { key: 'auth.suspended', params: {} } } }]);
    const refused = inApp(<SignInForm onSubmit={() => undefined} error={suspended} />);
    expect(refused).toContain('Ce compte est suspendu.');
    expect(refused).not.toContain('suspended');
  });

  it('says in French, with the admin’s reason, that a session ended or a sign-in was refused because the account is suspended', () => {
    const reason = { key: 'auth.suspended', params: { reason: 'Plusieurs comptes pour une seule personne' } };
    const ended = toApiError([{ message: 'This account is suspended: Plusieurs comptes pour une seule personne', extensions: { code: 'UNAUTHENTICATED', fields: [], reason } }]);
    const page = inApp(<SignInForm onSubmit={() => undefined} sessionEnd={ended} />);
    expect(page).toContain('<p>Ce compte est suspendu.</p><p>Motif : Plusieurs comptes pour une seule personne</p>');
    expect(page).not.toContain('E-mail ou mot de passe incorrect.');
    expect(page).not.toContain('This account');
    const refused = toApiError([{ message: 'This account is suspended: Plusieurs comptes pour une seule personne', extensions: { code: 'FORBIDDEN', fields: [], reason } }]);
    expect(inApp(<SignInForm onSubmit={() => undefined} error={refused} />)).toContain('<p>Ce compte est suspendu.</p><p>Motif : Plusieurs comptes pour une seule personne</p>');
  });

  it('says in French that the session ended or that the account lacks the money', () => {
    const said = (message: string, code: string, key: string) => inFrench(new ApiError(message, code, [], 200, { key, params: {} }));
    expect(said('Please sign in', 'UNAUTHENTICATED', 'auth.signIn')).toContain('Veuillez vous connecter.');
    expect(said('There is not enough money in the account for this', 'INSUFFICIENT_FUNDS', 'balance.notEnough')).toContain('Votre compte n’a pas assez d’argent pour cela.');
  });

  it('keeps the API’s English without a reason', () => {
    expect(inFrench(new ApiError('You already appealed this rejection; an appeal is possible once', 'CONFLICT'))).toContain('You already appealed');
  });
});
