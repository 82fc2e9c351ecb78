import { ApiError } from '@fourmi/api-client';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/core';
import { ReasonTextProvider, type ReasonText } from '../i18n/error-reasons';
import { I18nProvider } from '../i18n/I18nProvider';
import { ResetPasswordForm, type ResetPasswordFormProps } from './ResetPasswordForm';

// As the apps word these reasons (reasons.i18n.ts), in English.
const appWords: ReasonText = ({ key }) =>
  ({ 'auth.resetLinkInvalid': 'This link has expired or was already used. Ask support for a new one.', 'auth.suspended': 'This account is suspended.' })[key] ?? null;

function render(locale: Locale, props: Partial<ResetPasswordFormProps> = {}) {
  return renderToStaticMarkup(
    <MemoryRouter>
      <I18nProvider storageKey="spec.locale" userLocale={locale}>
        <ReasonTextProvider reasonText={appWords}>
          <ResetPasswordForm ticket="v1.abc.def" signInPath="/sign-in" onSubmit={() => undefined} {...props} />
        </ReasonTextProvider>
      </I18nProvider>
    </MemoryRouter>,
  );
}

/** The label of an input and the texts it points at with aria-describedby (no DOM in these specs). */
function fieldOf(html: string, name: string) {
  const tag = new RegExp(`<input [^>]*name="${name}"[^>]*>`).exec(html)?.[0] ?? '';
  const id = /id="([^"]*)"/.exec(tag)?.[1];
  const label = new RegExp(`<label for="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
  const ids = /aria-describedby="([^"]*)"/.exec(tag)?.[1].split(' ') ?? [];
  const described = ids.map((i) => new RegExp(`id="${i}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? '').join(' | ');
  return { tag, label, described };
}

const refusal = (key: string, params: Record<string, string> = {}) => new ApiError('refused in English', 'FORBIDDEN', [], 403, { key, params });

describe('ResetPasswordForm', () => {
  it('asks for the new password, with sign-up’s hint, and its confirmation, and says what setting it does', () => {
    const html = render('en');
    const next = fieldOf(html, 'newPassword');
    expect(next.label).toBe('New password');
    expect(next.tag).toContain('type="password"');
    expect(next.tag).toContain('autoComplete="new-password"');
    expect(next.described).toBe('At least 10 characters.');
    const confirm = fieldOf(html, 'confirmPassword');
    expect(confirm.label).toBe('Confirm the new password');
    expect(confirm.tag).toContain('autoComplete="new-password"');
    expect(html).not.toContain('currentPassword');
    expect(html).toContain('Choose your new password. Once it is set, you are signed in here and signed out everywhere else.');
    expect(html).toMatch(/<button type="submit"[^>]*>Set my new password<\/button>/);
    expect(html).not.toContain('role="alert"');
  });

  it('says on the confirmation that the two passwords differ, checked as a password change checks them', () => {
    const html = render('en', { initialDraft: { newPassword: 'staple battery horse', confirmPassword: 'staple battery hose' } });
    expect(fieldOf(html, 'confirmPassword').described).toBe('The two new passwords differ.');
    expect(fieldOf(html, 'confirmPassword').tag).toContain('aria-invalid="true"');
    expect(fieldOf(render('fr', { initialDraft: { newPassword: 'short', confirmPassword: 'short' } }), 'newPassword').described).toBe(
      'Au moins 10 caractères. | Doit comporter au moins 10 caractères.',
    );
  });

  it('puts the API’s refusal of a weak password under the new password, in the user’s language', () => {
    const common = new ApiError('newPassword: This password is too common', 'BAD_USER_INPUT', [
      { path: 'newPassword', message: 'This password is too common', reason: { key: 'field.passwordCommon', params: {} } },
    ]);
    expect(fieldOf(render('fr', { error: common }), 'newPassword').described).toBe('Au moins 10 caractères. | Ce mot de passe est trop courant.');
    expect(render('en', { error: common })).toContain('Please correct the fields marked below.');
  });

  it('says an expired, used or forged link cannot be used, without the fields, with the way to sign in', () => {
    const html = render('en', { error: refusal('auth.resetLinkInvalid') });
    expect(html).toContain('<div class="alert alert-error" role="alert"><div class="alert-body"><p>This link has expired or was already used. Ask support for a new one.</p>');
    expect(html).toContain('<a href="/sign-in" data-discover="true">Go to the sign-in page</a>');
    expect(html).not.toContain('<input');
    expect(render('fr', { error: refusal('auth.resetLinkInvalid') })).toContain('Aller à la page de connexion</a>');
  });

  it('says a link without its ticket is incomplete, in English and French', () => {
    const html = render('en', { ticket: null });
    expect(html).toContain('This link is incomplete: part of it is missing. Open the whole link you were sent, or ask support for a new one.');
    expect(html).toContain('Go to the sign-in page</a>');
    expect(html).not.toContain('<form');
    expect(render('fr', { ticket: '' })).toContain('Ce lien est incomplet');
  });

  it('says a suspended account is suspended, with the admin’s reason, as at sign-in', () => {
    const html = render('en', { error: refusal('auth.suspended', { reason: 'Several accounts for one person' }) });
    expect(html).toContain('<p>This account is suspended.</p><p>Reason: Several accounts for one person</p>');
    expect(html).toContain('name="newPassword"');
  });
});
