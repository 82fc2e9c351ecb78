import { ApiError } from '@fourmi/api-client';
import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProfileForm } from './ProfileForm';

const profile = { id: 'u1', displayName: 'Ada', locale: 'en', languages: ['fr'] };

function render(locale: Locale, props: { error?: ApiError; saved?: boolean } = {}) {
  const html = renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <ProfileForm profile={profile} locale={locale} onSubmit={() => undefined} busy={false} saved={props.saved ?? false} error={props.error} />
    </I18nProvider>,
  );
  return html;
}

/** The texts an element (found by its tag) points at with aria-describedby (no DOM in these specs). */
function describedText(html: string, tagPattern: RegExp): string {
  const tag = tagPattern.exec(html)?.[0] ?? '';
  const ids = /aria-describedby="([^"]*)"/.exec(tag)?.[1].split(' ') ?? [];
  return ids.map((id) => new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? '').join(' | ');
}

const NAME_INPUT = /<input [^>]*autoComplete="name"[^>]*>/;
const LANGUAGES = /<fieldset [^>]*>/;

describe('ProfileForm', () => {
  it('shows the worker’s name, languages and app language, and says why languages matter', () => {
    const html = render('en');
    expect(html).toContain('value="Ada"');
    expect(html).toMatch(/<input type="checkbox" checked="" value="fr"\/>French \/ français/);
    expect(html).toContain('Your languages: French / français');
    expect(html).toContain('they only show in your available work if you list one of their languages here');
    expect(html).toMatch(/<option value="en" lang="en" selected="">English<\/option>/);
  });

  it('puts the API’s field errors under the right field', () => {
    const error = new ApiError('Some fields are not valid', 'BAD_USER_INPUT', [
      { path: 'displayName', message: 'Enter a name of 1 to 80 characters' },
      { path: 'languages', message: 'Use two-letter language codes such as en or fr' },
    ]);
    const html = render('en', { error });
    expect(describedText(html, NAME_INPUT)).toBe('Enter a name of 1 to 80 characters.');
    expect(describedText(html, LANGUAGES)).toContain('Use two-letter language codes such as en or fr');
    expect(html).toContain('<fieldset class="field field-invalid"');
    // The alert points at the fields instead of repeating them.
    expect(html).toContain('Please correct the fields marked below.');
    expect(html.match(/two-letter/g)).toHaveLength(1);
  });

  it('speaks French, with a refused name in French', () => {
    const error = new ApiError('displayName: Enter a name of 1 to 80 characters', 'BAD_USER_INPUT', [{ path: 'displayName', message: 'Enter a name of 1 to 80 characters' }]);
    const html = render('fr', { error });
    expect(html).toContain('Langues dans lesquelles vous travaillez');
    expect(html).toContain('anglais / English');
    expect(describedText(html, NAME_INPUT)).toBe('Saisissez un nom de 1 à 80 caractères.');
    expect(html).not.toContain('Enter a name');
    expect(render('fr', { saved: true })).toContain('Votre profil est enregistré.');
  });
});
