import { ApiProvider, I18nProvider, type MyDataCardProps } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOKEN_KEY } from '../../../app/config';
import { MyDataCard } from './MyDataCard';

// The shared card's props kept and the browser's document stood in for: what the card says, and what
// its button does through the app's real client and token store (a browser's storage and fetch, stood in for).
const ui = vi.hoisted(() => ({ card: undefined as MyDataCardProps | undefined, downloads: [] as string[] }));
vi.mock('@fourmi/ui', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@fourmi/ui')>();
  return {
    ...actual,
    MyDataCard: (props: MyDataCardProps) => {
      ui.card = props;
      return actual.MyDataCard(props);
    },
  };
});

const stored = new Map<string, string>();
const fetchMock = vi.fn<typeof fetch>();
const answer = (body: unknown) => fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));

beforeEach(() => {
  stored.clear();
  fetchMock.mockReset();
  ui.card = undefined;
  ui.downloads = [];
  vi.stubGlobal('localStorage', { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v), removeItem: (k: string) => stored.delete(k) });
  vi.stubGlobal('window', { location: { href: 'http://localhost/' }, addEventListener: vi.fn(), removeEventListener: vi.fn() });
  vi.stubGlobal('WebSocket', class {});
  vi.stubGlobal('fetch', fetchMock);
  // The browser's download: a link the page clicks (libs/ui startDownload).
  const link = { href: '', rel: '', click: () => ui.downloads.push(link.href), remove: vi.fn() };
  vi.stubGlobal('document', { createElement: () => link, body: { append: vi.fn() } });
});
afterEach(() => vi.unstubAllGlobals());

function render(locale: 'en' | 'fr' = 'en') {
  const html = renderToStaticMarkup(
    <ApiProvider tokenKey={TOKEN_KEY}>
      <I18nProvider storageKey="spec.locale" userLocale={locale}>
        <MyDataCard />
      </I18nProvider>
    </ApiProvider>,
  );
  if (!ui.card) throw new Error('the page shows no data card');
  return { html, button: { busy: ui.card.loading, click: ui.card.download } };
}

const click = (button: { click(): Promise<boolean> }) => void button.click();
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('MyDataCard', () => {
  it('is the "Your data" card of the profile, saying what the file holds, in English and French', () => {
    const { html } = render();
    expect(html).toContain('>Your data</h2>');
    expect(html).toContain('every answer you sent');
    expect(html).toContain('JSON Lines');
    expect(html).toContain('>Download my data</button>');
    const fr = render('fr').html;
    expect(fr).toContain('>Vos données</h2>');
    expect(fr).toContain('chaque réponse envoyée');
    expect(fr).toContain('>Télécharger mes données</button>');
  });

  it('asks the API for a link with this session’s token, then hands it to the browser to download', async () => {
    stored.set(TOKEN_KEY, 'a token');
    const { button } = render();
    expect(button.busy).toBe(false);
    answer({ data: { createMyDataLink: { url: '/api/my-data?ticket=abc.def', expiresAt: '2026-01-01T00:01:00.000Z' } } });
    click(button);
    await settled();

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/graphql');
    expect((init?.headers as Record<string, string>)['authorization']).toBe('Bearer a token');
    expect(JSON.parse(String(init?.body))).toMatchObject({ operationName: 'WorkerCreateMyDataLink' });
    expect(ui.downloads).toEqual(['/api/my-data?ticket=abc.def']);
  });

  it('downloads nothing when the API refuses', async () => {
    stored.set(TOKEN_KEY, 'a token');
    const { button } = render();
    answer({ data: null, errors: [{ message: 'This account no longer exists', extensions: { code: 'NOT_FOUND', reason: { key: 'account.gone', params: {} } } }] });
    click(button);
    await settled();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(ui.downloads).toEqual([]);
  });
});
