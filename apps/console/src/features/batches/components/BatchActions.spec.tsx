import { ApiProvider, I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BatchActions } from './BatchActions';

const render = (locale: Locale, status: 'PUBLISHED' | 'PAUSED') =>
  renderToStaticMarkup(
    <ApiProvider tokenKey="spec.token">
      <I18nProvider storageKey="spec.locale" userLocale={locale}>
        <BatchActions batchId="b-1" name="Spring reviews" status={status} onChanged={() => undefined} />
      </I18nProvider>
    </ApiProvider>,
  );

/** Each button's visible text and its accessible name (aria-label). */
const buttonsOf = (html: string) => [...html.matchAll(/<button[^>]*aria-label="([^"]*)"[^>]*>(?:<[^>]*>)*([^<]*)</g)].map((m) => ({ name: m[1], text: m[2] }));

describe('BatchActions', () => {
  // As in BanWorkerForm.spec: the API provider needs a page address, never a socket, on Node.
  beforeAll(() => {
    vi.stubGlobal('window', { location: { href: 'http://localhost/projects/p' } });
    vi.stubGlobal('WebSocket', class {});
  });
  afterAll(() => vi.unstubAllGlobals());

  // A voice-control user says what they see ("click Cancel batch"): each name holds the visible words.
  it.each([
    ['en', 'PUBLISHED'],
    ['en', 'PAUSED'],
    ['fr', 'PUBLISHED'],
    ['fr', 'PAUSED'],
  ] as const)('names each button (%s, %s) with its visible text and the batch', (locale, status) => {
    const buttons = buttonsOf(render(locale, status));
    expect(buttons).toHaveLength(3);
    for (const { name, text } of buttons) {
      expect(name).toContain(text);
      expect(name).toContain('Spring reviews');
    }
  });

  it('names the cancel button as it reads', () => {
    expect(buttonsOf(render('en', 'PUBLISHED')).at(-1)).toEqual({ name: 'Cancel batch Spring reviews', text: 'Cancel batch' });
    expect(buttonsOf(render('fr', 'PUBLISHED')).at(-1)).toEqual({ name: 'Annuler le lot Spring reviews', text: 'Annuler le lot' });
  });
});
