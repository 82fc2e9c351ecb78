import { ApiError } from '@fourmi/api-client';
import { ErrorAlert, I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { WorkerReasons } from './WorkerReasons';

const inFrench = (error: ApiError) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale="fr">
      <WorkerReasons>
        <ErrorAlert error={error} />
      </WorkerReasons>
    </I18nProvider>,
  );

describe('WorkerReasons', () => {
  it('says a second appeal and too large a payout in French', () => {
    const appeal = new ApiError('You already appealed this rejection; an appeal is possible once', 'CONFLICT', [], 200, { key: 'appeal.already', params: {} });
    expect(inFrench(appeal)).toContain('Vous avez déjà contesté ce refus ; une seule contestation est possible.');
    const payout = new ApiError('You can withdraw at most €3.20', 'INSUFFICIENT_FUNDS', [], 200, { key: 'payout.atMost', params: { maxCents: 320, currency: 'EUR' } });
    expect(inFrench(payout)).toMatch(/Vous pouvez retirer au plus 3,20\s€\./);
  });

  it('keeps the API’s English without a reason', () => {
    expect(inFrench(new ApiError('You already appealed this rejection; an appeal is possible once', 'CONFLICT'))).toContain('You already appealed');
  });
});
