import { presets } from '@fourmi/task-kinds';
import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TaskPreview } from './TaskPreview';

const config = { labels: [{ value: 'pos', text: 'Positive' }, { value: 'neg', text: 'Negative' }] };

const render = (locale: Locale, kind: 'CLASSIFICATION' | 'CATEGORIZATION' = 'CLASSIFICATION') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <TaskPreview kind={kind} config={kind === 'CLASSIFICATION' ? config : presets.find((p) => p.kind === kind)?.config} />
    </I18nProvider>,
  );

describe('TaskPreview: a task still being set up', () => {
  const empty = (kind: 'UI_FEEDBACK' | 'MULTI_LABEL' | 'AUDIO', locale: Locale = 'en') =>
    renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale={locale}>
        <TaskPreview kind={kind} config={kind === 'UI_FEEDBACK' ? { categories: [{ value: '', text: '' }], allowClicks: true } : { labels: [{ value: '', text: '' }] }} />
      </I18nProvider>,
    );

  it('says the task shows once its settings are complete, rather than calling it invalid', () => {
    for (const kind of ['UI_FEEDBACK', 'MULTI_LABEL', 'AUDIO'] as const) {
      const html = empty(kind);
      expect(html, kind).toContain('The task shows here once its settings on the left are complete and valid.');
      expect(html, kind).not.toContain('cannot be shown');
    }
    expect(empty('UI_FEEDBACK', 'fr')).toContain('La tâche s’affiche ici dès que ses réglages');
  });

  it('still shows classification labels as they are typed', () => {
    const html = renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="en">
        <TaskPreview kind="CLASSIFICATION" config={{ labels: [{ value: 'pos', text: 'Positive' }, { value: '', text: '' }] }} />
      </I18nProvider>,
    );
    expect(html).toContain('Positive');
    expect(html).not.toContain('once its settings');
  });
});

describe('TaskPreview: the made-up item', () => {
  it('is in English for an English requester', () => {
    expect(render('en')).toContain('The battery lasts all week');
  });

  it('is in French for a French requester, not left in English', () => {
    const html = render('fr');
    expect(html).toContain('La batterie tient toute la semaine');
    expect(html).not.toContain('The battery');
    expect(render('fr', 'CATEGORIZATION')).toContain('Bouilloire électrique en inox');
  });
});
