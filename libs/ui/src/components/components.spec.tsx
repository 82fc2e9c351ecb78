import { ApiError } from '@fourmi/api-client';
import type { ReactElement, ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ReasonTextProvider } from '../i18n/error-reasons';
import { I18nProvider } from '../i18n/I18nProvider';
import { ErrorAlert } from './Alert';
import { Button } from './Button';
import { SignInForm, SignUpForm, sessionEndToSay } from './AuthForms';
import { TextField } from './fields';
import { Layout } from './Layout';
import { Markdown } from './Markdown';
import MarkdownContent from './MarkdownContent';

describe('Button', () => {
  it('stays focusable while busy (a disabled button drops the keyboard focus) and says it is unavailable', () => {
    const html = renderToStaticMarkup(<Button type="submit" busy>Save</Button>);
    expect(html).not.toMatch(/\sdisabled=/);
    expect(html).toContain('aria-disabled="true"');
    expect(html).toContain('aria-busy="true"');
    expect(renderToStaticMarkup(<Button disabled>Save</Button>)).toMatch(/\sdisabled=""/);
  });

  it('refuses a second click, and the form submission Enter would make, while busy', () => {
    const clickOf = (busy: boolean, onClick: () => void) => (Button({ busy, onClick, children: 'Save' }) as ReactElement<{ onClick(e: unknown): void }>).props.onClick;
    const onClick = vi.fn();
    const event = { preventDefault: vi.fn() };
    clickOf(true, onClick)(event);
    expect(onClick).not.toHaveBeenCalled();
    expect(event.preventDefault).toHaveBeenCalled();
    clickOf(false, onClick)(event);
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});

describe('Markdown', () => {
  it('renders the tables requesters write in instructions (GitHub Markdown)', () => {
    const html = renderToStaticMarkup(<MarkdownContent source={'| Label | When |\n| --- | --- |\n| Positive | praise |'} />);
    expect(html).toContain('<table>');
    expect(html).toContain('<td>Positive</td>');
  });

  it('renders Markdown but shows raw HTML as text', () => {
    const html = renderToStaticMarkup(<MarkdownContent source={'**bold** <script>alert(1)</script> <img src=x onerror=alert(1)>'} />);
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img src="x"');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript: links and opens others in a new tab', () => {
    const html = renderToStaticMarkup(<MarkdownContent source={'[bad](javascript:alert(1)) [good](https://example.org)'} />);
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="https://example.org" target="_blank" rel="noopener noreferrer nofollow"');
  });

  it('shows the text, as text, until the renderer has loaded', () => {
    const html = renderToStaticMarkup(<Markdown source={'**bold** <script>alert(1)</script>'} />);
    expect(html).toBe('<div class="markdown"><p class="markdown-pending">**bold** &lt;script&gt;alert(1)&lt;/script&gt;</p></div>');
  });
});

describe('ErrorAlert', () => {
  const render = (error: ApiError, shownFields?: string[]) => renderToStaticMarkup(<ErrorAlert error={error} shownFields={shownFields} />);

  it('points at the fields when every field message is shown next to its field', () => {
    const error = new ApiError('Some fields are not valid', 'BAD_USER_INPUT', [{ path: 'name', message: 'Required' }]);
    expect(render(error, ['name'])).toContain('Please correct the fields marked below.');
  });

  it('lists field messages that have no field on screen', () => {
    const error = new ApiError('Some fields are not valid', 'BAD_USER_INPUT', [{ path: 'goldRatio', message: 'Too high' }]);
    const html = render(error, ['name']);
    expect(html).toContain('Some fields are not valid');
    expect(html).toContain('goldRatio: Too high');
  });

  it('says what happened for domain errors, and in the user’s words for transport errors', () => {
    expect(render(new ApiError('Wrong email or password', 'UNAUTHENTICATED', [{ path: 'password', message: 'x' }]), ['password'])).toContain(
      'Wrong email or password',
    );
    expect(render(new ApiError('fetch failed', 'NETWORK_ERROR'))).toContain('The server cannot be reached.');
    expect(render(new ApiError('boom', 'INTERNAL_SERVER_ERROR'))).toContain('The server had a problem.');
    expect(render(new ApiError('x', 'FORBIDDEN'))).toContain('role="alert"');
  });

  it('says why an account is refused when the app words its reason, and only then', () => {
    const suspended = new ApiError('This account is suspended', 'FORBIDDEN', [], 200, { key: 'auth.suspended', params: {} });
    const worded = (error: ApiError) =>
      renderToStaticMarkup(
        <ReasonTextProvider reasonText={({ key }) => (key === 'auth.suspended' ? 'Ce compte est suspendu.' : null)}>
          <ErrorAlert error={error} />
        </ReasonTextProvider>,
      );
    expect(worded(suspended)).toContain('Ce compte est suspendu.');
    // A reason the app does not know, or none: the generic refusal in the user's words, never the API's English.
    const unknown = new ApiError('Not eligible', 'FORBIDDEN', [], 200, { key: 'claim.somethingNew', params: {} });
    expect(worded(unknown)).toContain('You are not allowed to do this.');
    expect(worded(new ApiError('Not eligible', 'FORBIDDEN'))).not.toContain('Not eligible');
  });
});

describe('TextField', () => {
  it('ties the label, the hint and the error to the input', () => {
    const html = renderToStaticMarkup(<TextField id="email" label="Email" hint="We never share it" error="Enter a valid email" />);
    expect(html).toContain('<label for="email"');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="email-hint email-error"');
    expect(html).toContain('id="email-error"');
  });
});

describe('ErrorAlert field list', () => {
  it('does not repeat a field message the general message already says', () => {
    const error = new ApiError('leaseSeconds: Give workers at least 30 seconds', 'BAD_USER_INPUT', [
      { path: 'leaseSeconds', message: 'Give workers at least 30 seconds' },
    ]);
    const html = renderToStaticMarkup(<ErrorAlert error={error} />);
    expect(html).not.toContain('<ul>');
  });
});

describe('ErrorAlert in the user’s language', () => {
  const inFrench = (error: ApiError, shownFields?: string[]) =>
    renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="fr">
        <ErrorAlert error={error} shownFields={shownFields} />
      </I18nProvider>,
    );
  const required = { key: 'field.required', params: {} };

  it('words each listed problem from its reason, naming the row of an upload or of a batch', () => {
    const error = new ApiError('2 problems in the file; nothing was added', 'BAD_USER_INPUT', [
      { path: 'rows[12].text', message: 'Row 12 (text): Required.', reason: required },
      { path: 'items[0].imageUrl', message: 'Row 1: Must be an http(s) URL.', reason: { key: 'field.notUrl', params: {} } },
      { path: 'config.labels[1].text', message: 'Must be at most 200 characters long.', reason: { key: 'field.tooLong', params: { max: 200 } } },
    ]);
    const html = inFrench(error);
    expect(html).toContain('Rien n’a été enregistré. Merci de corriger ces problèmes :');
    expect(html).toContain('Ligne 12 (text) : Obligatoire.');
    expect(html).toContain('Ligne 1 (imageUrl) : Doit être une URL http(s).');
    expect(html).toContain('config.labels[1].text : Doit comporter au plus 200 caractères.');
    expect(html).not.toContain('Required');
    expect(html).not.toContain('problems in the file');
  });

  it('keeps the API’s own English for an English user: it may say more than its reason’s general wording', () => {
    const error = new ApiError('reason: Give a reason of 3 to 500 characters', 'BAD_USER_INPUT', [
      { path: 'reason', message: 'Give a reason of 3 to 500 characters', reason: { key: 'field.lengthBetween', params: { min: 3, max: 500 } } },
      { path: 'rows[12].text', message: 'Row 12 (text): Required.', reason: required },
    ]);
    const html = renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="en">
        <ErrorAlert error={error} />
      </I18nProvider>,
    );
    expect(html).toContain('reason: Give a reason of 3 to 500 characters');
    expect(html).toContain('Row 12 (text): Required.');
    expect(html).not.toContain('Must be 3 to 500 characters long.');
    expect(html).not.toContain('Nothing was saved');
  });

  it('does not list again a field problem the worded refusal already says', () => {
    const field = { path: 'projectId', message: 'No such project', reason: { key: 'field.projectNotFound', params: {} } };
    const error = new ApiError('No such project', 'NOT_FOUND', [field], 200, { key: 'project.notFound', params: {} });
    const html = renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="fr">
        <ReasonTextProvider reasonText={(reason) => (reason.key === 'project.notFound' ? 'Projet introuvable.' : null)}>
          <ErrorAlert error={error} />
        </ReasonTextProvider>
      </I18nProvider>,
    );
    expect(html).toContain('<p>Projet introuvable.</p>');
    expect(html).not.toContain('<ul>');
  });

  it('keeps the API’s English for a problem it cannot word', () => {
    const error = new ApiError('2 problems in the file; nothing was added', 'BAD_USER_INPUT', [
      { path: 'rows[3].text', message: 'Row 3 (text): Required.', reason: required },
      { path: '', message: 'Row 4: a quoted field is never closed' },
    ]);
    const html = inFrench(error);
    expect(html).toContain('2 problems in the file; nothing was added');
    expect(html).toContain('Ligne 3 (text) : Obligatoire.');
    expect(html).toContain('Row 4: a quoted field is never closed');
  });

  it('gives the sign-up form its field problems in French', () => {
    const error = new ApiError('Some fields are not valid', 'BAD_USER_INPUT', [
      { path: 'email', message: 'Enter a valid email address', reason: { key: 'field.notEmail', params: {} } },
      { path: 'password', message: 'Use at least 10 characters', reason: { key: 'field.tooShort', params: { min: 10 } } },
    ]);
    const html = renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="fr">
        <SignUpForm onSubmit={() => undefined} error={error} />
      </I18nProvider>,
    );
    expect(html).toContain('Doit être une adresse e-mail valide.');
    expect(html).toContain('Doit comporter au moins 10 caractères.');
    expect(html).not.toContain('Enter a valid email address');
  });
});

describe('SignInForm and SignUpForm', () => {
  const inFrench = (form: ReactNode) =>
    renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="fr">
        {form}
      </I18nProvider>,
    );

  it('say a wrong password and a taken email in the user’s language, not the API’s English', () => {
    const wrong = new ApiError('Wrong email or password', 'UNAUTHENTICATED', [{ path: 'password', message: 'Wrong email or password' }]);
    const signIn = inFrench(<SignInForm onSubmit={() => undefined} error={wrong} />);
    expect(signIn).toContain('E-mail ou mot de passe incorrect.');
    expect(signIn).not.toContain('Wrong email or password');

    const taken = new ApiError('An account with this email already exists', 'CONFLICT', [{ path: 'email', message: 'An account with this email already exists' }]);
    const signUp = inFrench(<SignUpForm onSubmit={() => undefined} error={taken} />);
    expect(signUp).toContain('Un compte existe déjà avec cet e-mail.');
    expect(signUp).not.toContain('An account with this email already exists');
  });

  it('say a taken email once, beside the field, with the way to sign in', () => {
    const taken = new ApiError('An account with this email already exists', 'CONFLICT', [{ path: 'email', message: 'An account with this email already exists' }]);
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <I18nProvider storageKey="spec.locale" userLocale="en">
          <SignUpForm onSubmit={() => undefined} error={taken} signInPath="/sign-in" />
        </I18nProvider>
      </MemoryRouter>,
    );
    expect(html.split('An account with this email already exists.')).toHaveLength(2);
    expect(html).toContain('<a href="/sign-in" data-discover="true">Sign in with it instead</a>');
  });
});

describe('Layout', () => {
  const header = (accountPath: string | undefined, at = '/', locale: 'en' | 'fr' = 'en') =>
    renderToStaticMarkup(
      <MemoryRouter initialEntries={[at]}>
        <I18nProvider storageKey="spec.locale" userLocale={locale}>
          <Layout appName="Fourmi" userName="Ada" accountPath={accountPath} onSignOut={() => undefined}>
            <p>Page</p>
          </Layout>
        </I18nProvider>
      </MemoryRouter>,
    );

  it('links the account page beside the sign-out button when the app has one, marked while it is open', () => {
    expect(header('/account')).toMatch(/<a class="btn btn-ghost header-account" href="\/account"[^>]*>Account<\/a><button type="button" class="btn btn-ghost">Sign out<\/button>/);
    expect(header('/account', '/account')).toMatch(/<a aria-current="page" class="btn btn-ghost header-account active" href="\/account"[^>]*>Account<\/a>/);
    expect(header('/account', '/', 'fr')).toContain('>Compte</a><button type="button" class="btn btn-ghost">Se déconnecter</button>');
    expect(header(undefined)).not.toContain('Account');
  });

  it('on a phone, where it would not fit beside sign-out, ends the row of links with it (styles.css shows one of the two)', () => {
    const withNav = renderToStaticMarkup(
      <MemoryRouter>
        <Layout appName="Fourmi" nav={<a href="/">Projects</a>} userName="Ada" accountPath="/account" onSignOut={() => undefined}>
          <p>Page</p>
        </Layout>
      </MemoryRouter>,
    );
    expect(withNav).toMatch(/<nav aria-label="Main" class="nav"><a href="\/">Projects<\/a><a class="nav-account" href="\/account"[^>]*>Account<\/a><\/nav>/);
  });
});

describe('SignInForm of a suspended account', () => {
  const suspendedAtSignIn = (reason: string) =>
    new ApiError(reason ? `This account is suspended: ${reason}` : 'This account is suspended', 'FORBIDDEN', [], 200, { key: 'auth.suspended', params: { reason } });
  const sessionEnded = new ApiError('This account is suspended: Several accounts for one person', 'UNAUTHENTICATED', [], 200, {
    key: 'auth.suspended',
    params: { reason: 'Several accounts for one person' },
  });
  const expired = new ApiError('Please sign in', 'UNAUTHENTICATED', [], 200, { key: 'auth.signIn', params: {} });
  // As an app words it (the worker app and the console each have `reason.auth.suspended`).
  const appWords = ({ key }: { key: string }) => (key === 'auth.suspended' ? 'Ce compte est suspendu.' : null);
  const inFrenchApp = (form: ReactNode) =>
    renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="fr">
        <ReasonTextProvider reasonText={appWords}>{form}</ReasonTextProvider>
      </I18nProvider>,
    );

  it('says the account is suspended and the admin’s reason when sign-in is refused', () => {
    const html = inFrenchApp(<SignInForm onSubmit={() => undefined} error={suspendedAtSignIn('Several accounts for one person')} />);
    expect(html).toContain('<div class="alert alert-error" role="alert"><div class="alert-body"><p>Ce compte est suspendu.</p><p>Motif : Several accounts for one person</p></div></div>');
    expect(html).not.toContain('This account is suspended');
    expect(html.match(/role="alert"/g)).toHaveLength(1);
  });

  it('says no reason line when the admin gave none (an account suspended before reasons were kept)', () => {
    const html = inFrenchApp(<SignInForm onSubmit={() => undefined} error={suspendedAtSignIn('')} />);
    expect(html).toContain('<p>Ce compte est suspendu.</p></div>');
    expect(html).not.toContain('Motif');
  });

  it('says why the session ended on the sign-in page, not "wrong password", and nothing for an expired session', () => {
    const ended = inFrenchApp(<SignInForm onSubmit={() => undefined} sessionEnd={sessionEnded} />);
    expect(ended).toContain('<p>Ce compte est suspendu.</p><p>Motif : Several accounts for one person</p>');
    expect(ended).not.toContain('E-mail ou mot de passe incorrect.');
    expect(inFrenchApp(<SignInForm onSubmit={() => undefined} sessionEnd={expired} />)).not.toContain('role="alert"');
  });

  it('in English outside an app that words it: the API’s sentence, which names the reason once', () => {
    const html = renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="en">
        <SignInForm onSubmit={() => undefined} sessionEnd={sessionEnded} />
      </I18nProvider>,
    );
    expect(html.split('Several accounts for one person')).toHaveLength(2);
    expect(html).toContain('<p>This account is suspended: Several accounts for one person</p>');
  });

  it('says the session’s end until the next attempt, whose own answer then shows', () => {
    const wrong = new ApiError('Wrong email or password', 'UNAUTHENTICATED', [], 200, { key: 'auth.wrongCredentials', params: {} });
    expect(sessionEndToSay(undefined, sessionEnded, false)).toBe(sessionEnded);
    expect(sessionEndToSay(undefined, sessionEnded, true)).toBeNull();
    expect(sessionEndToSay(wrong, sessionEnded, false)).toBeNull();
    const refused = suspendedAtSignIn('Fraud');
    expect(sessionEndToSay(refused, sessionEnded, true)).toBe(refused);
    expect(sessionEndToSay(undefined, expired, false)).toBeNull();
    expect(sessionEndToSay(undefined, null, false)).toBeNull();
  });

  it('says a session ended by a password change elsewhere, with no reason line', () => {
    const changed = new ApiError('Your password was changed: sign in again', 'UNAUTHENTICATED', [], 200, { key: 'auth.sessionEnded', params: {} });
    expect(sessionEndToSay(undefined, changed, false)).toBe(changed);
    expect(sessionEndToSay(undefined, changed, true)).toBeNull();
    const worded = renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="fr">
        <ReasonTextProvider reasonText={({ key }) => (key === 'auth.sessionEnded' ? 'Votre mot de passe a été changé.' : null)}>
          <SignInForm onSubmit={() => undefined} sessionEnd={changed} />
        </ReasonTextProvider>
      </I18nProvider>,
    );
    expect(worded).toContain('role="status"');
    expect(worded).toContain('<p>Votre mot de passe a été changé.</p></div>');
    expect(worded).not.toContain('Motif');
  });
});
