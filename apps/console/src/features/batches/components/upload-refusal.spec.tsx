import type { ApiError } from '@fourmi/api-client';
import { ErrorAlert, I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { readUploadResponse } from '../lib/upload-file';

/** The streamed answer of the upload endpoint refusing a file, as AddItemsForm and KindItemsForm receive it. */
const refusal = `${JSON.stringify({
  type: 'error',
  error: {
    code: 'BAD_USER_INPUT',
    message: '2 problems in the file; nothing was added',
    fields: [
      { path: 'rows[12].text', message: 'Row 12 (text): Must be at most 20000 characters long.', reason: { key: 'field.tooLong', params: { max: 20000 } } },
      { path: 'rows[40].imageUrl', message: 'Row 40 (imageUrl): Must be an http(s) URL or a path starting with "/".', reason: { key: 'field.notUrlOrPath', params: {} } },
    ],
  },
})}\n`;

function uploadError(): ApiError {
  try {
    readUploadResponse(200, refusal);
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('the upload was accepted');
}

const shown = (locale: string) =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <ErrorAlert error={uploadError()} />
    </I18nProvider>,
  );

describe('a refused upload, as the items forms show it', () => {
  it('tells a French requester each bad row in French', () => {
    const html = shown('fr');
    expect(html).toContain('Rien n’a été enregistré. Merci de corriger ces problèmes :');
    expect(html).toMatch(/Ligne 12 \(text\) : Doit comporter au plus 20\s000 caractères\./);
    expect(html).toContain('Ligne 40 (imageUrl) : Doit être une URL http(s) ou un chemin commençant par « / ».');
    expect(html).not.toMatch(/Row \d|Must be|nothing was added/);
  });

  it('tells an English requester the same rows in the API’s own words', () => {
    const html = shown('en');
    expect(html).toContain('2 problems in the file; nothing was added');
    expect(html).toContain('Row 12 (text): Must be at most 20000 characters long.');
    expect(html).toContain('Row 40 (imageUrl): Must be an http(s) URL or a path starting with');
  });
});
