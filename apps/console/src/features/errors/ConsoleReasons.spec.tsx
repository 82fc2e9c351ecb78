import { ApiError, toApiError, type ApiFieldError } from '@fourmi/api-client';
import { refusalsOf } from '@fourmi/task-kinds';
import { ErrorAlert, I18nProvider, SignInForm, SignUpForm } from '@fourmi/ui';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { consoleI18n } from '../../i18n';
import { ConsoleReasons } from './ConsoleReasons';

const inApp = (children: ReactNode, locale: 'en' | 'fr') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <ConsoleReasons>{children}</ConsoleReasons>
    </I18nProvider>,
  );
const render = (error: ApiError, locale: 'en' | 'fr') => inApp(<ErrorAlert error={error} />, locale);

const refusal = (message: string, code: string, key: string, params: Record<string, string | number>) => new ApiError(message, code, [], 200, { key, params });

describe('ConsoleReasons', () => {
  it('says a publish refused for lack of funds in French, amounts as French money', () => {
    const params = { totalCents: 1200, items: 100, answers: 2, eachCents: 6, shortCents: 450, currency: 'EUR' };
    const html = render(refusal('Publishing this batch reserves €12.00 (…). Your balance is short by €4.50; top up and publish again', 'INSUFFICIENT_FUNDS', 'publish.short', params), 'fr');
    expect(html).toMatch(/Publier ce lot réserve 12,00\s€ \(100 éléments × 2 réponses × 0,06\s€ frais compris\)\. Il manque 4,50\s€ sur votre solde/);
    expect(html).not.toContain('Publishing');
  });

  it('says one item and one answer in the singular, in French and in English', () => {
    const params = { totalCents: 6, items: 1, answers: 1, eachCents: 6, shortCents: 6, currency: 'EUR' };
    const one = refusal('Publishing this batch reserves €0.06 (…)', 'INSUFFICIENT_FUNDS', 'publish.short', params);
    expect(render(one, 'fr')).toMatch(/\(1 élément × 1 réponse × 0,06\s€ frais compris\)/);
    expect(render(one, 'en')).toContain('(1 item × 1 answer × €0.06 with fees)');
  });

  it('says an acceptance short of the fair-pay top-ups in French', () => {
    const params = { hourlyCents: 300, minimumCents: 900, eachCents: 10, shortCents: 2, currency: 'EUR' };
    const html = render(refusal('Fair-pay top-up: measured pay €3.00/h is below …', 'INSUFFICIENT_FUNDS', 'accept.fairPayShort', params), 'fr');
    expect(html).toMatch(/la rémunération mesurée de 3,00\s€\/h est sous le minimum de 9,00\s€\/h ; accepter paie aussi 0,10\s€ de plus par réponse, et il manque 0,02\s€ sur votre solde\./);
  });

  it('names batch statuses as the batch list labels them', () => {
    const html = render(refusal('A paused batch cannot become completed', 'CONFLICT', 'batch.cannotBecome', { fromStatus: 'PAUSED', toStatus: 'COMPLETED' }), 'fr');
    expect(html).toContain('Un lot à l’état « En pause » ne peut pas passer à l’état « Terminé ».');
    expect(render(refusal('This batch is already published', 'CONFLICT', 'batch.already', { status: 'PUBLISHED' }), 'en')).toContain('This batch is already “Published”.');
  });

  it('says a review conflict in French: how many, then which answer and why, each from its reason', () => {
    const conflicts = [{ path: 'ids[1]', message: 'Assignment 42 is accepted', reason: { key: 'field.assignmentAccepted', params: { id: '42' } } }];
    const error = new ApiError('Assignment 42 is accepted; it cannot be rejected', 'CONFLICT', conflicts, 200, { key: 'review.cannotReject', params: { count: 1 } });
    const html = render(error, 'fr');
    expect(html).toContain('Cette réponse ne peut pas être refusée ; rien n’a été modifié.');
    expect(html).toContain('La réponse 42 est déjà acceptée.');
    expect(html).not.toContain('cannot be rejected');
    const many = new ApiError('3 assignments cannot be accepted; nothing was changed', 'CONFLICT', [], 200, { key: 'review.cannotAccept', params: { count: 3 } });
    expect(render(many, 'fr')).toContain('3 réponses ne peuvent pas être acceptées ; rien n’a été modifié.');
    // In English the answer's problem is listed too, since the summary no longer names it.
    expect(render(error, 'en')).toMatch(/This answer cannot be rejected; nothing was changed\..*Assignment 42 is accepted/);
  });

  it('names what was already decided in French', () => {
    expect(render(refusal('This appeal was already decided (overturned)', 'CONFLICT', 'appeal.decided', { decision: 'OVERTURNED' }), 'fr')).toContain(
      'Cette contestation a déjà été tranchée : le refus a été annulé.',
    );
    expect(render(refusal('A bonus goes with an answer; this assignment is rejected', 'CONFLICT', 'bonus.notAnswered', { assignmentStatus: 'REJECTED' }), 'fr')).toContain(
      'Une prime accompagne une réponse ; cette tâche est refusée.',
    );
    expect(render(refusal('This request was already declined', 'CONFLICT', 'massRejection.decided', { decision: 'DECLINED' }), 'en')).toContain(
      'This request was already decided: declined.',
    );
  });

  it('says in French that answers already wait in a held request, with their count', () => {
    const message = "3 of these answers already wait for an admin's decision (request 12); nothing was rejected.";
    expect(render(refusal(message, 'CONFLICT', 'massRejection.pending', { request: '12', count: 3 }), 'fr')).toContain(
      '3 de ces réponses attendent déjà la décision d’un administrateur (demande 12) ; rien n’a été refusé.',
    );
  });

  it('words every refusal the API can send a requester or an admin, in English and in French, and no other', () => {
    const { en, fr } = consoleI18n.dictionaries;
    const keys = refusalsOf('console');
    for (const key of keys) {
      expect(en[`reason.${key}` as keyof typeof en], key).toBeDefined();
      expect(fr[`reason.${key}` as keyof typeof fr], key).toBeDefined();
    }
    const worded = Object.keys(en).flatMap((name) => (name.startsWith('reason.') ? [name.slice('reason.'.length)] : []));
    expect(worded.filter((key) => !(keys as string[]).includes(key))).toEqual([]);
  });

  it('says in French what cannot be found, and no English with it', () => {
    const html = render(refusal('No such batch', 'NOT_FOUND', 'batch.notFound', {}), 'fr');
    expect(html).toContain('Lot introuvable.');
    expect(html).not.toContain('No such');
    const field = [{ path: 'projectId', message: 'No such project', reason: { key: 'field.projectNotFound', params: {} } }];
    const noProject = render(new ApiError('No such project', 'NOT_FOUND', field, 200, { key: 'project.notFound', params: {} }), 'fr');
    expect(noProject).toContain('Projet introuvable.');
    expect(noProject).not.toContain('No such project');
    // The field's problem says what the message says: it is not listed again.
    expect(noProject.match(/introuvable/g)).toHaveLength(1);
    expect(render(refusal('This account no longer exists', 'NOT_FOUND', 'account.gone', {}), 'fr')).toContain('Ce compte n’existe plus.');
  });

  it('says how many reviewed answers were not found, and which', () => {
    const missing = ['41', '42'].map((id, i) => ({ path: `ids[${i}]`, message: `No such assignment: ${id}`, reason: { key: 'field.noSuchAssignment', params: { id } } }));
    const error = new ApiError('2 assignments were not found; nothing was changed', 'NOT_FOUND', missing, 200, { key: 'review.notFound', params: { count: 2 } });
    const html = render(error, 'fr');
    expect(html).toContain('2 réponses sont introuvables ; rien n’a été modifié.');
    expect(html).toContain('Réponse introuvable : 42.');
    expect(html).not.toContain('not found');
    expect(render(error, 'en')).toContain('2 answers were not found; nothing was changed.');
  });

  // The errors exactly as the API sends them (auth.int-spec.ts checks it does), read as the console's client reads them.
  it('says a wrong password and a suspended account at sign-in in French, and a taken email at sign-up', () => {
    const wrong = toApiError([
      {
        message: 'Wrong email or password',
        extensions: {
          code: 'UNAUTHENTICATED',
          fields: [{ path: 'password', message: 'Wrong email or password', reason: { key: 'field.wrongCredentials', params: {} } }],
          reason: { key: 'auth.wrongCredentials', params: {} },
        },
      },
    ]);
    const signIn = inApp(<SignInForm onSubmit={() => undefined} error={wrong} />, 'fr');
    expect(signIn).toContain('E-mail ou mot de passe incorrect.');
    expect(signIn).not.toContain('Wrong email');

    const suspended = toApiError([{ message: 'This account is suspended', extensions: { code: 'FORBIDDEN', fields: [], reason: { key: 'auth.suspended', params: {} } } }]);
    const refused = inApp(<SignInForm onSubmit={() => undefined} error={suspended} />, 'fr');
    expect(refused).toContain('Ce compte est suspendu.');
    expect(refused).not.toContain('Vous n’avez pas le droit');
    expect(inApp(<SignInForm onSubmit={() => undefined} error={suspended} />, 'en')).toContain('This account is suspended.');

    // Suspended with a reason: said under the sentence, whether the sign-in or the session was refused.
    const because = { key: 'auth.suspended', params: { reason: 'Chargebacks on every top-up' } };
    const refusedWhy = toApiError([{ message: 'This account is suspended: Chargebacks on every top-up', extensions: { code: 'FORBIDDEN', fields: [], reason: because } }]);
    expect(inApp(<SignInForm onSubmit={() => undefined} error={refusedWhy} />, 'en')).toContain('<p>This account is suspended.</p><p>Reason: Chargebacks on every top-up</p>');
    const ended = toApiError([{ message: 'This account is suspended: Chargebacks on every top-up', extensions: { code: 'UNAUTHENTICATED', fields: [], reason: because } }]);
    const endedFr = inApp(<SignInForm onSubmit={() => undefined} sessionEnd={ended} />, 'fr');
    expect(endedFr).toContain('<p>Ce compte est suspendu.</p><p>Motif : Chargebacks on every top-up</p>');
    expect(endedFr).not.toContain('E-mail ou mot de passe incorrect.');

    const field = { path: 'email', message: 'An account with this email already exists', reason: { key: 'field.emailTaken', params: {} } };
    const taken = toApiError([{ message: field.message, extensions: { code: 'CONFLICT', fields: [field], reason: { key: 'account.emailTaken', params: {} } } }]);
    const signUp = inApp(<SignUpForm onSubmit={() => undefined} error={taken} />, 'fr');
    expect(signUp).toContain('Un compte existe déjà avec cet e-mail.');
    expect(signUp).not.toContain('An account');
  });

  it('says why a session cannot do something, and what the ledger lacks, in French', () => {
    expect(render(refusal('Please sign in', 'UNAUTHENTICATED', 'auth.signIn', {}), 'fr')).toContain('Veuillez vous connecter.');
    expect(render(refusal('Your account is not allowed to do this', 'FORBIDDEN', 'auth.notAllowed', {}), 'fr')).toContain('Votre compte n’a pas le droit de faire cela.');
    const short = refusal('The requester’s balance, to pay the answer an appeal overturned, is short by €1.50', 'INSUFFICIENT_FUNDS', 'overturn.requesterShort', {
      shortCents: 150,
      currency: 'EUR',
    });
    expect(render(short, 'fr')).toMatch(/Il manque 1,50\s€ sur le solde du demandeur pour payer la réponse dont le refus a été annulé par la contestation\./);
    expect(render(short, 'en')).toContain('The requester’s balance, to pay the answer an appeal overturned, is short by €1.50.');
    const noEscrow = refusal('Answer 42 belongs to a batch published without escrow; it cannot be paid from the ledger', 'CONFLICT', 'accept.noEscrow', { id: '42' });
    expect(render(noEscrow, 'fr')).toContain('La réponse 42 appartient à un lot publié sans séquestre');
    expect(render(refusal('There is not enough money in the account for this', 'INSUFFICIENT_FUNDS', 'balance.notEnough', {}), 'fr')).toContain(
      'Le compte n’a pas assez d’argent pour cela.',
    );
  });

  it('says in French why an uploaded file cannot be read, row by row', () => {
    const fields: ApiFieldError[] = [
      { path: 'rows[2]', message: 'Row 2: is not valid JSON', reason: { key: 'field.notJson', params: {} } },
      { path: 'rows[3]', message: 'Row 3: expected 2 columns, found 1', reason: { key: 'field.columnCount', params: { expected: 2, found: 1 } } },
      { path: 'file', message: 'File: a quoted field is not closed before the end of the file', reason: { key: 'field.quoteNotClosed', params: {} } },
    ];
    const html = render(new ApiError('3 problems in the file; nothing was added', 'BAD_USER_INPUT', fields), 'fr');
    expect(html).toContain('Rien n’a été enregistré.');
    expect(html).toContain('Ligne 2 : n’est pas du JSON valide.');
    expect(html).toContain('Ligne 3 : le nombre de colonnes est 1 au lieu de 2.');
    expect(html).toContain('un champ entre guillemets n’est pas refermé avant la fin du fichier.');
    expect(html).not.toContain('problems in the file');
  });

  it('shows the API’s English for a reason the console does not know', () => {
    expect(render(refusal('Something new went wrong', 'CONFLICT', 'batch.somethingNew', {}), 'fr')).toContain('Something new went wrong');
  });
});
