import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RejectedAnswer } from './RejectedAnswer';

const config = { labels: [{ value: 'positive', text: 'Positive' }, { value: 'negative', text: 'Negative' }] };

const render = (rejection: Parameters<typeof RejectedAnswer>[0]['rejection'], locale: Locale) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <RejectedAnswer rejection={rejection} />
    </I18nProvider>,
  );

describe('RejectedAnswer', () => {
  it('names the task and the answer by the project’s label, not as JSON', () => {
    const html = render({ item: { text: 'Arrived broken' }, answer: { label: 'negative' }, projectConfig: config }, 'en');
    expect(html).toBe('<p><strong>Task:</strong> Arrived broken</p><p><strong>Your answer:</strong> Negative</p>');
  });

  it('says it in French, and shows an image task by its address', () => {
    const html = render({ item: { imageUrl: 'https://example.org/cat.png' }, answer: { label: 'positive' }, projectConfig: config }, 'fr');
    expect(html).toBe('<p><strong>Tâche :</strong> https://example.org/cat.png</p><p><strong>Votre réponse :</strong> Positive</p>');
  });
});
