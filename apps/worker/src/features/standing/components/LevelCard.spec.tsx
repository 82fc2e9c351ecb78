import { levelProgress } from '@fourmi/quality';
import { I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { LevelView } from '../lib/level-steps';
import { LevelDetails } from './LevelCard';

const render = (level: LevelView, locale: 'en' | 'fr') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <LevelDetails level={level} />
    </I18nProvider>,
  ).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('LevelDetails', () => {
  it('shows the level, the reviewed answers and share accepted, and what the next level asks with progress', () => {
    const text = render(levelProgress({ accepted: 300, rejected: 12 }), 'en');
    expect(text).toContain('Your level Level 2 · Regular');
    expect(text).toContain('Reviewed answers 312');
    expect(text).toContain('Share accepted 96%');
    expect(text).toContain('To reach level 3 (Trusted)');
    expect(text).toContain('312 of 500 reviewed answers (188 to go)');
    expect(text).toContain('Accepted 96% — needs 95% ✓');
    expect(text).toContain('a rejection overturned on appeal counts as accepted');
  });

  it('says it in French, numbers as French writes them', () => {
    const text = render(levelProgress({ accepted: 1100, rejected: 100 }), 'fr');
    expect(text).toContain('Votre niveau Niveau 2 · Habitué');
    expect(text).toMatch(/Réponses relues 1\s200/);
    expect(text).toContain('Pour passer au niveau 3 (Confirmé)');
    expect(text).toMatch(/1\s200 réponses relues — il en faut 500 ✓/);
    expect(text).toMatch(/Acceptées : 91\s% — il en faut 95\s% /);
    expect(text).not.toMatch(/95\s% ✓/);
    expect(text).toContain('un refus annulé après contestation compte comme une acceptation');
  });

  it('shows a new worker level 1 and what level 2 asks, with no share to tick yet', () => {
    const text = render(levelProgress({ accepted: 0, rejected: 0 }), 'en');
    expect(text).toContain('Level 1 · Newcomer');
    expect(text).toContain('Share accepted No answer reviewed yet');
    expect(text).toContain('To reach level 2 (Regular)');
    expect(text).toContain('0 of 50 reviewed answers (50 to go)');
    expect(text).toContain('Accepted: no answer reviewed yet — needs 90%');
    expect(text).not.toContain('✓');
  });

  it('says the top level is reached, with nothing more to ask', () => {
    const text = render(levelProgress({ accepted: 4900, rejected: 100 }), 'en');
    expect(text).toContain('Level 4 · Expert');
    expect(text).toContain('You reached the top level.');
    expect(text).not.toContain('To reach');
  });

  it('names the tick for screen readers', () => {
    const html = renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="en">
        <LevelDetails level={levelProgress({ accepted: 300, rejected: 12 })} />
      </I18nProvider>,
    );
    expect(html).toContain('role="img" aria-label="met">✓</span>');
    expect(html).toContain('<progress class="progress" max="500" value="312" aria-label="Reviewed answers">');
  });
});
