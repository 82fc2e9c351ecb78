import { ApiProvider, I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MoneyAdminCard, type PickedRequester } from './MoneyAdminCard';

const picked: PickedRequester = { id: '5f0c6a1e-7a43-4c35-9d1b-2f6f1f7a0b11', displayName: 'Zéphyrine Lamarck', email: 'zephyrine@example.org', pick: 1 };

const render = (locale: Locale, requester?: PickedRequester) =>
  renderToStaticMarkup(
    <ApiProvider tokenKey="spec.token">
      <I18nProvider storageKey="spec.locale" userLocale={locale}>
        <MoneyAdminCard requester={requester} />
      </I18nProvider>
    </ApiProvider>,
  );

/** The user id input, as markup. */
const userIdInput = (html: string) => /<input [^>]*>/.exec(html)?.[0] ?? '';

describe('MoneyAdminCard', () => {
  // The API provider makes its subscriptions' socket (opened at the first subscription, so never here)
  // from the page's address: these specs render on Node, without a browser's window or WebSocket.
  beforeAll(() => {
    vi.stubGlobal('window', { location: { href: 'http://localhost/admin' } });
    vi.stubGlobal('WebSocket', class {});
  });
  afterAll(() => vi.unstubAllGlobals());

  it('is filled with the requester picked in the directory, and says who they are', () => {
    const html = render('en', picked);
    expect(userIdInput(html)).toContain(`value="${picked.id}"`);
    expect(html).toContain('Requester: Zéphyrine Lamarck (zephyrine@example.org)');
    expect(render('fr', picked)).toContain('Demandeur : Zéphyrine Lamarck (zephyrine@example.org)');
  });

  it('starts empty without a pick, and says where to pick one', () => {
    const html = render('en');
    expect(userIdInput(html)).toContain('value=""');
    expect(html).toContain('Pick a requester in People above, or paste their id.');
    expect(html).not.toContain('Zéphyrine');
  });
});
