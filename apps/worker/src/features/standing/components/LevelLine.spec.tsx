import { levelProgress } from '@fourmi/quality';
import { I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { LevelView } from '../lib/level-steps';
import { LevelSummary } from './LevelLine';

const render = (level: LevelView, locale: 'en' | 'fr') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <MemoryRouter>
        <LevelSummary level={level} />
      </MemoryRouter>
    </I18nProvider>,
  );

describe('LevelSummary', () => {
  it('puts the level as a badge, the record beside it and a link to what the next level asks, on one line', () => {
    expect(render(levelProgress({ accepted: 30, rejected: 2 }), 'en')).toBe(
      '<p class="small level-line"><span class="badge badge-level">Level 1 · Newcomer</span> 32 reviewed answers, 93% accepted · <a href="/skills" data-discover="true">What level 2 asks</a></p>',
    );
  });

  it('says when no answer was reviewed yet, and in French', () => {
    const html = render(levelProgress({ accepted: 0, rejected: 0 }), 'fr');
    expect(html).toContain('Niveau 1 · Débutant</span> Aucune réponse relue pour l’instant · <a href="/skills" data-discover="true">Ce que demande le niveau 2</a>');
    expect(render(levelProgress({ accepted: 1, rejected: 0 }), 'fr')).toMatch(/1 réponse relue, dont 100\s% acceptée ·/);
  });

  it('links to the level itself at the top', () => {
    expect(render(levelProgress({ accepted: 5000, rejected: 0 }), 'en')).toContain('Level 4 · Expert</span> 5,000 reviewed answers, 100% accepted · <a href="/skills" data-discover="true">Your level</a>');
  });
});
