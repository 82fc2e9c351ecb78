import { I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseKindItemsFile } from '../lib/items-file';
import { ItemFileProblems } from './ItemFileProblems';

const inLocale = (locale: string, content: string) => {
  const { errors } = parseKindItemsFile('AUDIO', 'clips.jsonl', content.length, content);
  return renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <ItemFileProblems errors={errors} fields="audioUrl, durationSeconds, language" />
    </I18nProvider>,
  );
};

describe('ItemFileProblems', () => {
  const file = ['{"audioUrl": "/a.mp3"}', '{"durationSeconds": 3}', 'not json', '{"audioUrl": "ftp://x", "language": "not a tag!"}', ''].join('\n');

  it('tells a French requester each bad row of the file in French, row and field named', () => {
    const html = inLocale('fr', file);
    expect(html).toContain('Ligne 2 (audioUrl) : Obligatoire.');
    expect(html).toContain('Ligne 3 : JSON non valide.');
    expect(html).toContain('Ligne 4 (audioUrl) : Doit être une URL http(s) ou un chemin commençant par « / ».');
    expect(html).toContain('Ligne 4 (language) : Doit être un code de langue comme « fr » ou « en-GB ».');
    expect(html).not.toMatch(/Required|Must be/);
  });

  it('tells an English requester what the API would say', () => {
    const html = inLocale('en', file);
    expect(html).toContain('Row 2 (audioUrl): Required.');
    expect(html).toContain('Row 4 (language): Must be a language tag such as &quot;fr&quot; or &quot;en-GB&quot;.');
  });
});
