import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from './I18nProvider';
import { useQualityFlagText, type QualityFlagLike } from './useQualityFlagText';

function Flag({ flag }: { flag: QualityFlagLike }) {
  return <p>{useQualityFlagText()(flag)}</p>;
}

const say = (flag: QualityFlagLike, locale: 'en' | 'fr') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <Flag flag={flag} />
    </I18nProvider>,
  );

describe('useQualityFlagText', () => {
  it('words a fast answer and a low agreement in French from their params', () => {
    const fast = { kind: 'FAST_ANSWER', detail: 'Answered in 1.2 s; this project expects at least 30 s', detailParams: { seconds: 1.2, minSeconds: 30 } };
    expect(say(fast, 'fr')).toContain('Réponse donnée en 1,2 s ; ce projet attend au moins 30 s.');
    expect(say(fast, 'en')).toContain(fast.detail);
    const low = { kind: 'LOW_AGREEMENT', detail: 'Your answers agreed…', detailParams: { agreed: 4, items: 10, expected: 0.6 } };
    expect(say(low, 'fr')).toMatch(/Vos réponses concordent avec le consensus pour 4 éléments sur 10 \(40\s%\) ; ce projet attend 60\s%\./);
    const one = { ...low, detailParams: { agreed: 1, items: 10, expected: 0.6 } };
    expect(say(one, 'fr')).toMatch(/pour 1 élément sur 10 \(10\s%\)/);
  });

  it('keeps the English detail of an older flag, of an unknown kind or with incomplete params', () => {
    expect(say({ kind: 'FAST_ANSWER', detail: 'Answered in 0.4 s', detailParams: null }, 'fr')).toContain('Answered in 0.4 s');
    expect(say({ kind: 'NEW_KIND', detail: 'Something new', detailParams: { seconds: 1 } }, 'fr')).toContain('Something new');
    expect(say({ kind: 'LOW_AGREEMENT', detail: 'Partial', detailParams: { agreed: 4 } }, 'fr')).toContain('Partial');
  });
});
