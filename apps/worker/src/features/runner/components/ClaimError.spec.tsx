import { ApiError } from '@fourmi/api-client';
import { I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ClaimError } from './ClaimError';

describe('ClaimError', () => {
  const render = (error: ApiError) => renderToStaticMarkup(<ClaimError error={error} onRetry={() => undefined} />);

  it('says why the project refuses work (daily cap, ban, language, skill), with no pointless retry', () => {
    const html = render(new ApiError("You reached this project's limit of 2 tasks today; come back tomorrow (UTC)", 'FORBIDDEN'));
    expect(html).toContain('You cannot work on this project now');
    expect(html).toContain('limit of 2 tasks today; come back tomorrow');
    expect(html).not.toContain('Try again');
  });

  it('says it in French from the reason the API gives, naming languages, numbers and skills the French way', () => {
    const inFrench = (error: ApiError) =>
      renderToStaticMarkup(
        <I18nProvider storageKey="spec.locale" userLocale="fr">
          <ClaimError error={error} onRetry={() => undefined} />
        </I18nProvider>,
      );
    const refusal = (message: string, key: string, params: Record<string, string | number | string[]>) => new ApiError(message, 'FORBIDDEN', [], 200, { key, params });
    const language = inFrench(refusal('This project needs one of these languages: de, fr', 'claim.language', { languages: ['de', 'fr'] }));
    expect(language).toContain('allemand, français');
    expect(language).not.toContain('This project');
    expect(inFrench(refusal('limit of 1000 tasks today', 'claim.dailyCap', { cap: 1000 }))).toMatch(/limite de 1\s000 tâches/);
    expect(inFrench(refusal('needs these skills: kind:CLASSIFICATION', 'claim.skills', { skills: ['kind:CLASSIFICATION'] }))).toContain('Type de tâche : classification');
    expect(inFrench(refusal('needs level 3 or above; you are level 2', 'claim.level', { level: 3, yours: 2 }))).toContain('réservé aux travailleurs de niveau 3 ou plus ; vous êtes au niveau 2');
    // A ban by the gold-accuracy rule, from its values; an administrator's reason as typed.
    const rule = 'Your estimated gold accuracy is 40% after 3 gold answers; this project requires 60%';
    const banned = inFrench(refusal(`You cannot work on this project: ${rule}`, 'claim.banned', { reason: rule, accuracy: 0.4, goldAnswers: 3, threshold: 0.6 }));
    expect(banned).toMatch(/Vous avez été écarté de ce projet : votre exactitude estimée sur les contrôles est de 40\s%\s?après 3 réponses de contrôle ; ce projet demande 60\s%/);
    expect(banned).not.toContain('Your estimated');
    expect(inFrench(refusal('You cannot work on this project: Spam', 'claim.banned', { reason: 'Spam' }))).toContain('Vous avez été écarté de ce projet : Spam');
    // A reason this app does not know yet: the API's own words.
    expect(inFrench(refusal('Something new', 'claim.newRule', {}))).toContain('Something new');
  });

  it('offers a retry for other failures', () => {
    const html = render(new ApiError('fetch failed', 'NETWORK_ERROR'));
    expect(html).toContain('The server cannot be reached.');
    expect(html).toContain('Try again');
  });
});
