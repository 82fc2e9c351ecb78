import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AuditTrailScope } from './AuditTrailCard';

const person = { id: '8997018b-0a55-49a9-a71f-e1983c917e71', name: 'Zoé Rapide', email: 'zoe@example.org' };

const render = (locale: Locale) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <AuditTrailScope person={person} onEveryone={() => undefined} />
    </I18nProvider>,
  );

describe('AuditTrailScope', () => {
  it('says whose actions the trail shows, with the way back to everyone’s', () => {
    const html = render('en');
    expect(html).toContain('Only actions by or on Zoé Rapide (zoe@example.org).');
    expect(html).toMatch(/<button[^>]*>Show everyone’s<\/button>/);
  });

  it('says it in French', () => {
    expect(render('fr')).toContain('Seulement les actions de Zoé Rapide (zoe@example.org) ou à son sujet.');
  });
});
