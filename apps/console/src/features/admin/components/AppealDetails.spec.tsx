import type { ConsoleAppealFragment } from '@fourmi/api-client';
import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AppealDetails } from './AppealDetails';

const LABELS = [
  { value: 'positive', text: 'Happy' },
  { value: 'negative', text: 'Unhappy' },
];

const appeal = (over: Partial<ConsoleAppealFragment>): ConsoleAppealFragment => ({
  assignmentId: '42',
  projectName: 'Sentiment',
  projectConfig: { labels: LABELS },
  workerName: 'Zoé Rapide',
  workerEmail: 'zoe@example.org',
  item: { text: 'Arrived late but works' },
  answer: { label: 'positive' },
  reason: 'Wrong label',
  evidence: {
    consensus: 'negative',
    durationSeconds: 1.234,
    projectMedianSeconds: 12.5,
    failedGold: [{ assignmentId: '7', item: { text: 'Broke after a day' }, expected: { label: 'negative' }, given: { label: 'positive' } }],
  },
  rejectedAt: '2026-12-07T20:11:00.000Z',
  appealId: '3',
  appealMessage: 'I read it twice.',
  appealStatus: 'OPEN',
  decisionNote: null,
  instructionsEditedAt: null,
  instructionsThen: null,
  ...over,
});

const render = (a: ConsoleAppealFragment, locale: Locale) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <AppealDetails appeal={a} />
    </I18nProvider>,
  ).replace(/[\u00a0\u202f]/g, ' ');

describe('AppealDetails', () => {
  it('names the worker and says the evidence in the project’s words, not as JSON', () => {
    const html = render(appeal({}), 'en');
    expect(html).toContain('Worker: Zoé Rapide (zoe@example.org)');
    expect(html).toContain('<dt>The task</dt><dd>Arrived late but works</dd>');
    expect(html).toContain('<dt>Their answer</dt><dd>Happy</dd>');
    expect(html).toContain('<dt>The item’s consensus</dt><dd>Unhappy</dd>');
    expect(html).toContain('1.2 s; the project’s median is 12.5 s');
    expect(html).toContain('<li>“Broke after a day”: expected Unhappy, answered Happy</li>');
    expect(html).not.toContain('failedGold');
  });

  it('says it in French, numbers as French writes them', () => {
    const html = render(appeal({}), 'fr');
    expect(html).toContain('Travailleur : Zoé Rapide (zoe@example.org)');
    expect(html).toContain('<dt>La tâche</dt><dd>Arrived late but works</dd>');
    expect(html).toContain('1,2 s ; la médiane du projet est de 12,5 s');
    expect(html).toContain('« Broke after a day » : attendu Unhappy, répondu Happy');
  });

  it('shows an image task by its address', () => {
    const html = render(appeal({ item: { imageUrl: 'https://example.org/cat.png' } }), 'en');
    expect(html).toContain('<dt>The task</dt><dd>https://example.org/cat.png</dd>');
  });

  it('says when no gold item was missed, and leaves out what the evidence does not have', () => {
    const html = render(appeal({ evidence: { failedGold: [], durationSeconds: null, projectMedianSeconds: null, consensus: null } }), 'en');
    expect(html).toContain('No gold item missed lately.');
    expect(html).not.toContain('Time taken');
    expect(html).not.toContain('consensus');
  });

  it('shows the instructions the worker answered under when they were edited since, and nothing otherwise', () => {
    expect(render(appeal({}), 'en')).not.toContain('instructions-then');
    const edited = render(appeal({ instructionsEditedAt: '2026-12-07T21:30:00.000Z', instructionsThen: 'Pick **Happy** when unsure.' }), 'en');
    expect(edited).toContain('The instructions changed after this answer');
    expect(edited).toContain('Pick **Happy** when unsure.');
  });
});
