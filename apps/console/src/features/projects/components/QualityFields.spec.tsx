import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initialQualityForm } from '../lib/quality-form';
import { QualityFields } from './QualityFields';

const render = (locale: Locale, errors: Record<string, string> = {}) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <QualityFields values={{ ...initialQualityForm(), minLevel: '3' }} errors={errors} onChange={() => undefined} />
    </I18nProvider>,
  );

describe('QualityFields', () => {
  it('offers no minimum level or levels 2 to 4 by name with what each asks, and says what asking one costs', () => {
    const html = render('en');
    expect(html).toContain('Minimum worker level</label>');
    expect(html).toContain('<option value="">None: every worker</option>');
    expect(html).toContain('<option value="2">Level 2 (Regular): 50 reviewed answers, 90% accepted</option>');
    expect(html).toContain('<option value="3" selected="">Level 3 (Trusted): 500 reviewed answers, 95% accepted</option>');
    expect(html).toContain('<option value="4">Level 4 (Expert): 5,000 reviewed answers, 97% accepted</option>');
    expect(html).not.toContain('<option value="1">');
    expect(html).toContain('narrows the crowd to workers with a good record, and may slow the work.');
  });

  it('says it in French, and shows a problem under the field', () => {
    const html = render('fr', { 'qualityRules.minLevel': 'Choisissez l’un des niveaux proposés.' });
    expect(html).toMatch(/<option value="4">Niveau 4 \(Expert\) : 5\s000 réponses relues, dont 97\s% acceptées<\/option>/);
    expect(html).toContain('<option value="">Aucun : tous les travailleurs</option>');
    expect(html).toMatch(/field-error">Choisissez l’un des niveaux proposés\.<\/p>/);
  });
});
