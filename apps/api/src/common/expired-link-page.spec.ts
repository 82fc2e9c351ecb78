import { describe, expect, it } from 'vitest';
import { expiredLinkPage, pageLanguage, wantsPage } from './expired-link-page';

describe('the expired download link page', () => {
  it('speaks the browser’s first language it knows, by preference', () => {
    expect(pageLanguage('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(pageLanguage('de-DE,de;q=0.9,fr;q=0.5,en;q=0.7')).toBe('en');
    expect(pageLanguage('de,fr;q=0.5')).toBe('fr');
    expect(pageLanguage('fr;q=0,en')).toBe('en');
    expect(pageLanguage(undefined)).toBe('en');
  });

  it('is for browsers only: API clients keep their JSON refusal', () => {
    expect(wantsPage('text/html,application/xhtml+xml,*/*;q=0.8')).toBe(true);
    expect(wantsPage('application/json')).toBe(false);
    expect(wantsPage(undefined)).toBe(false);
  });

  it('says what happened and where to go, in English', () => {
    const page = expiredLinkPage('en-GB');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Download links work for one minute.');
    expect(page).toContain('<a href="/console/">Open the console</a>');
  });

  it('sends a person whose own data link expired back to their profile, in French too', () => {
    const page = expiredLinkPage('fr-FR,fr;q=0.9', 'myData');
    expect(page).toContain('<html lang="fr">');
    expect(page).toContain('Téléchargez à nouveau vos données depuis votre profil.');
    expect(page).toContain('<a href="/profile">Ouvrir votre profil</a>');
  });
});
