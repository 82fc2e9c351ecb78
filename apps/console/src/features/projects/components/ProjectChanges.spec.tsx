import type { ConsoleProjectFieldChangeFragment } from '@fourmi/api-client';
import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProjectChanges } from './ProjectChanges';

const render = (changes: ConsoleProjectFieldChangeFragment[], locale: Locale = 'en') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <ProjectChanges changes={changes} />
    </I18nProvider>,
  );

const intro = ['# Sentiment', 'Read the whole review before answering.'];
const outro = Array.from({ length: 30 }, (_, i) => `Example ${i + 1}: a long example kept as it was.`);

describe('ProjectChanges', () => {
  it('shows only the changed line of long instructions, with both versions in full behind a disclosure', () => {
    const before = [...intro, 'Pick positive or negative.', ...outro].join('\n');
    const after = [...intro, 'Pick positive, neutral or negative.', ...outro].join('\n');
    const html = render([{ field: 'INSTRUCTIONS', before, after }]);
    expect(html).toContain('<strong>Instructions</strong>');
    expect(html).toContain('<del>− Pick positive or negative.</del>');
    expect(html).toContain('<ins>+ Pick positive, neutral or negative.</ins>');
    // The unchanged lines are not in the diff, only in the full versions.
    expect(html.split('Example 30').length - 1).toBe(2);
    expect(html).toContain('<details><summary>Both versions in full</summary>');
    expect(html).toContain(`<pre class="diff-full" tabindex="0" aria-label="After">${after}</pre>`);
  });

  it('clips a rewrite to its first lines and says how many more there are', () => {
    const html = render([{ field: 'INSTRUCTIONS', before: '', after: outro.join('\n') }]);
    expect(html).not.toContain('<del>');
    expect(html.match(/<ins>/g)).toHaveLength(4);
    expect(html).toContain('… and 26 more lines');
    expect(html).toContain('<p class="muted">(empty)</p>');
  });

  it('names each field and its before → after in French', () => {
    const html = render(
      [
        { field: 'NAME', before: 'Sentiment', after: 'Sentiment v2' },
        { field: 'INSTRUCTIONS', before: 'Choisir.', after: 'Choisir une étiquette.' },
        { field: 'GOLD_RATIO', before: '0', after: '0.125' },
      ],
      'fr',
    );
    expect(html).toContain('<li><strong>Nom</strong> « Sentiment » → « Sentiment v2 »</li>');
    expect(html).toContain('<strong>Consignes</strong>');
    expect(html).toContain('<summary>Les deux versions en entier</summary>');
    expect(html).toContain('<li><strong>Items de contrôle</strong> 0\u00a0% → 12,5\u00a0%</li>');
    expect(html).not.toMatch(/Name|Instructions|Gold/);
  });
});
