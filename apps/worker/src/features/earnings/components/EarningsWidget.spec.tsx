import { I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { EarningsWidget } from './EarningsWidget';

// 34 answers sent, 2 of them rejected: the API counts the 32 others (workerSummary).
vi.mock('../hooks/useWorkerEarnings', () => ({
  useWorkerEarnings: () => ({ data: { workerSummary: { submitted: 32, earnedCents: 159 }, paymentsMode: 'SANDBOX' }, error: undefined, loading: false, refetch: vi.fn() }),
}));

const render = (locale: 'en' | 'fr') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <MemoryRouter>
        <EarningsWidget />
      </MemoryRouter>
    </I18nProvider>,
  );

describe('EarningsWidget', () => {
  it('says that a rejected answer leaves the counts, so fewer answers than sent is not a loss', () => {
    expect(render('en')).toContain('a rejected one leaves both counts');
    expect(render('fr')).toContain('une réponse refusée sort des deux totaux');
    expect(render('en')).toMatch(/Answers sent<\/dt><dd>32</);
  });
});
