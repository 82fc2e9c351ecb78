import { ApiError } from '@fourmi/api-client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/core';
import { I18nProvider } from '../i18n/I18nProvider';
import { changePasswordReducer, initialChangePasswordState, type ChangePasswordAction } from './change-password-state';
import { ChangePasswordForm, type ChangePasswordFormProps } from './ChangePasswordForm';

function render(locale: Locale, props: Partial<ChangePasswordFormProps> = {}) {
  return renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <ChangePasswordForm onSubmit={async () => true} {...props} />
    </I18nProvider>,
  );
}

const input = (name: string) => new RegExp(`<input [^>]*name="${name}"[^>]*>`);

/** The label of an input and the texts it points at with aria-describedby (no DOM in these specs). */
function fieldOf(html: string, name: string) {
  const tag = input(name).exec(html)?.[0] ?? '';
  const id = /id="([^"]*)"/.exec(tag)?.[1];
  const label = new RegExp(`<label for="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
  const ids = /aria-describedby="([^"]*)"/.exec(tag)?.[1].split(' ') ?? [];
  const described = ids.map((i) => new RegExp(`id="${i}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? '').join(' | ');
  return { tag, label, described };
}

const stateAfter = (...actions: ChangePasswordAction[]) => actions.reduce(changePasswordReducer, initialChangePasswordState);
const typed = (currentPassword: string, newPassword: string, confirmPassword: string): ChangePasswordAction[] => [
  { type: 'edit', field: 'currentPassword', value: currentPassword },
  { type: 'edit', field: 'newPassword', value: newPassword },
  { type: 'edit', field: 'confirmPassword', value: confirmPassword },
];

describe('ChangePasswordForm', () => {
  it('labels its three password fields, for password managers too, with sign-up’s hint on the new one', () => {
    const html = render('en', { username: 'ada@example.org' });
    const current = fieldOf(html, 'currentPassword');
    expect(current.label).toBe('Current password');
    expect(current.tag).toContain('type="password"');
    expect(current.tag).toContain('autoComplete="current-password"');
    const next = fieldOf(html, 'newPassword');
    expect(next.label).toBe('New password');
    expect(next.tag).toContain('autoComplete="new-password"');
    expect(next.described).toBe('At least 10 characters.');
    const confirm = fieldOf(html, 'confirmPassword');
    expect(confirm.label).toBe('Confirm the new password');
    expect(confirm.tag).toContain('autoComplete="new-password"');
    // The account the password belongs to, for a password manager; never shown.
    const username = fieldOf(html, 'username').tag;
    for (const attribute of ['autoComplete="username"', 'hidden=""', 'value="ada@example.org"']) expect(username).toContain(attribute);
    expect(render('en')).not.toContain('name="username"');
    expect(html).toContain('You stay signed in here; everywhere else (other devices and browsers) your account is signed out.');
    expect(html).toMatch(/<button type="submit"[^>]*>Change my password<\/button>/);
    expect(html).not.toContain('role="alert"');
  });

  it('puts a wrong current password under its field, and the alert only points at it', () => {
    const wrong = new ApiError('Wrong password', 'BAD_USER_INPUT', [{ path: 'currentPassword', message: 'Wrong password', reason: { key: 'field.wrongPassword', params: {} } }]);
    const html = render('en', { error: wrong });
    expect(fieldOf(html, 'currentPassword').described).toBe('Wrong password');
    expect(fieldOf(html, 'currentPassword').tag).toContain('aria-invalid="true"');
    expect(fieldOf(html, 'newPassword').tag).not.toContain('aria-invalid');
    expect(html).toContain('Please correct the fields marked below.');
    expect(html.match(/Wrong password/g)).toHaveLength(1);

    const fr = render('fr', { error: wrong });
    expect(fieldOf(fr, 'currentPassword').described).toBe('Mot de passe incorrect.');
    expect(fieldOf(fr, 'currentPassword').label).toBe('Mot de passe actuel');
    expect(fr).not.toContain('Wrong password');
  });

  it('puts the API’s refusal of a weak new password under the new password, in the user’s language', () => {
    const common = new ApiError('newPassword: This password is too common', 'BAD_USER_INPUT', [
      { path: 'newPassword', message: 'This password is too common', reason: { key: 'field.passwordCommon', params: {} } },
    ]);
    expect(fieldOf(render('fr', { error: common }), 'newPassword').described).toBe('Au moins 10 caractères. | Ce mot de passe est trop courant.');
    expect(fieldOf(render('en', { error: common }), 'newPassword').described).toBe('At least 10 characters. | This password is too common');
  });

  it('says on the confirmation that the two new passwords differ, in English and French', () => {
    const initialState = stateAfter(...typed('old password', 'staple battery horse', 'staple battery hose'), { type: 'submit', error: undefined });
    const en = render('en', { initialState });
    expect(fieldOf(en, 'confirmPassword').described).toBe('The two new passwords differ.');
    expect(fieldOf(en, 'confirmPassword').tag).toContain('aria-invalid="true"');
    expect(fieldOf(en, 'newPassword').tag).not.toContain('aria-invalid');
    expect(fieldOf(render('fr', { initialState }), 'confirmPassword').described).toBe('Les deux nouveaux mots de passe diffèrent.');
  });

  it('no longer shows the last attempt’s refusal beside a problem found in the new one', () => {
    const wrong = new ApiError('Wrong password', 'BAD_USER_INPUT', [{ path: 'currentPassword', message: 'Wrong password' }]);
    const initialState = stateAfter(...typed('the right one', 'staple battery horse', 'other'), { type: 'submit', error: wrong });
    const html = render('en', { initialState, error: wrong });
    expect(html).not.toContain('Wrong password');
    expect(html).not.toContain('role="alert"');
    expect(fieldOf(html, 'confirmPassword').described).toBe('The two new passwords differ.');
  });

  it('once changed, says the other sessions were signed out, with every field empty', () => {
    const initialState = stateAfter(...typed('old password', 'staple battery horse', 'staple battery horse'), { type: 'submit', error: undefined }, { type: 'changed' });
    const html = render('en', { initialState });
    expect(html).toContain('<div class="alert alert-success" role="status">');
    expect(html).toContain('Your password was changed and your other sessions were signed out. Elsewhere, sign in again with the new password.');
    for (const name of ['currentPassword', 'newPassword', 'confirmPassword']) expect(fieldOf(html, name).tag).toContain('value=""');
    expect(render('fr', { initialState })).toContain('Votre mot de passe a été changé et vos autres sessions ont été fermées.');
  });

  it('refuses a second submission while the first is on its way', () => {
    const html = render('en', { busy: true });
    expect(html).toMatch(/<button type="submit"[^>]*aria-disabled="true"[^>]*aria-busy="true"/);
  });
});
