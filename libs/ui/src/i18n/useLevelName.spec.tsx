import { WORKER_LEVELS } from '@fourmi/quality';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from './I18nProvider';
import { useLevelName } from './useLevelName';

function Names({ levels }: { levels: number[] }) {
  const name = useLevelName();
  return <>{levels.map(name).join('|')}</>;
}

const say = (levels: number[], locale: 'en' | 'fr') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <Names levels={levels} />
    </I18nProvider>,
  );

describe('useLevelName', () => {
  it('names every level of the rules, in English and French', () => {
    const levels = WORKER_LEVELS.map((rule) => rule.level);
    expect(say(levels, 'en')).toBe('Newcomer|Regular|Trusted|Expert');
    expect(say(levels, 'fr')).toBe('Débutant|Habitué|Confirmé|Expert');
  });

  it('gives a level it does not know by its number', () => {
    expect(say([5], 'en')).toBe('Level 5');
    expect(say([5], 'fr')).toBe('Niveau 5');
  });
});
