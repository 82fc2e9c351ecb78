import { I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { GoldAccuracy, StandingPage } from './StandingPage';

// A project asking level 3 and a daily cap, where the worker stands well.
vi.mock('../hooks/useStanding', () => ({
  useStanding: () => ({
    data: {
      myStanding: {
        projectName: 'Tweet mood',
        answersToday: 2,
        rules: {
          banBelowGoldAccuracy: null,
          minGoldAnswers: null,
          minAnswerSeconds: null,
          flagBelowAgreement: null,
          dailyCap: 100,
          minOverlap: null,
          confidenceTarget: null,
          requiredSkills: null,
          training: null,
          examGoldAnswers: null,
          examPassAccuracy: null,
          examGrantsSkill: null,
          minLevel: 3,
        },
        goldAccuracy: null,
        flags: [],
        ban: null,
      },
    },
    error: undefined,
    loading: false,
    refetch: vi.fn(),
  }),
}));

const renderPage = (locale: 'en' | 'fr') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <MemoryRouter initialEntries={['/projects/p1/standing']}>
        <Routes>
          <Route path="/projects/:projectId/standing" element={<StandingPage />} />
        </Routes>
      </MemoryRouter>
    </I18nProvider>,
  );

describe('GoldAccuracy', () => {
  it('shows the estimate as the figure and its interval as a note, not one long sentence in the figure', () => {
    const html = renderToStaticMarkup(<GoldAccuracy skill={{ value: 0.35, lower: 0.08, upper: 0.69, evidence: 4 }} />);
    expect(html).toBe('35%<span class="muted small stat-note">95% interval 8%–69%, from 4 gold answers</span>');
  });

  it('says, as a note, that no gold item was met yet', () => {
    expect(renderToStaticMarkup(<GoldAccuracy skill={null} />)).toBe('<span class="muted small stat-note">You have not met a gold item here yet.</span>');
  });
});

describe('StandingPage', () => {
  it('words a minimum level with the other rules, the level named, in English and French', () => {
    expect(renderPage('en')).toContain('<li>At most 100 tasks a day.</li><li>Only workers of level 3 (Trusted) and above.</li>');
    expect(renderPage('fr')).toContain('<li>Au plus 100 tâches par jour.</li><li>Réservé aux travailleurs de niveau 3 (Confirmé) ou plus.</li>');
  });
});
