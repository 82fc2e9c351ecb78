import { ApiProvider, I18nProvider, type ChangePasswordFormProps } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOKEN_KEY } from '../../../app/config';
import { AccountPage } from './AccountPage';

// The shared form is specified in libs/ui: here, what the page gives it, and what its submission does
// through the console's real client and token store (a browser's storage and fetch, stood in for).
const form = vi.hoisted(() => ({ props: undefined as ChangePasswordFormProps | undefined }));
vi.mock('@fourmi/ui', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@fourmi/ui')>()),
  ChangePasswordForm: (props: ChangePasswordFormProps) => {
    form.props = props;
    return null;
  },
}));
vi.mock('../../auth/hooks/useSession', () => ({
  useSession: () => ({ user: { id: 'u1', displayName: 'Rita Requester', email: 'rita@example.org', roles: ['REQUESTER'], locale: 'en' } }),
}));

const stored = new Map<string, string>();
const fetchMock = vi.fn<typeof fetch>();
const answer = (body: unknown) => fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));

beforeEach(() => {
  stored.clear();
  fetchMock.mockReset();
  form.props = undefined;
  vi.stubGlobal('localStorage', { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v), removeItem: (k: string) => stored.delete(k) });
  vi.stubGlobal('window', { location: { href: 'http://localhost/console/' }, addEventListener: vi.fn(), removeEventListener: vi.fn() });
  vi.stubGlobal('WebSocket', class {});
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function render(locale: 'en' | 'fr' = 'en') {
  const html = renderToStaticMarkup(
    <ApiProvider tokenKey={TOKEN_KEY}>
      <I18nProvider storageKey="spec.locale" userLocale={locale}>
        <AccountPage />
      </I18nProvider>
    </ApiProvider>,
  );
  if (!form.props) throw new Error('the page shows no password form');
  return { html, props: form.props };
}

const values = { currentPassword: 'correct horse battery', newPassword: 'staple battery horse' };

describe('AccountPage', () => {
  it('says who is signed in, with a Password card whose form knows whose password it is', () => {
    const { html, props } = render();
    expect(html).toContain('<h1>Your account</h1>');
    expect(html).toContain('Signed in as Rita Requester (rita@example.org).');
    expect(html).toContain('>Password</h2>');
    expect(html).toContain('>Your data</h2>');
    expect(html).toContain('your balance lines and top-ups');
    expect(html).toContain('>Download my data</button>');
    expect(props).toMatchObject({ busy: false, username: 'rita@example.org' });
    const fr = render('fr').html;
    expect(fr).toContain('<h1>Votre compte</h1>');
    expect(fr).toContain('>Mot de passe</h2>');
    expect(fr).toContain('>Vos données</h2>');
  });

  it('sends the change with this session’s token and keeps the new token the API answers, for the next requests', async () => {
    stored.set(TOKEN_KEY, 'old token');
    const { props } = render();
    answer({ data: { changePassword: { token: 'new token' } } });
    expect(await props.onSubmit(values)).toBe(true);

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/graphql');
    expect((init?.headers as Record<string, string>)['authorization']).toBe('Bearer old token');
    expect(JSON.parse(String(init?.body))).toMatchObject({ operationName: 'ConsoleChangePassword', variables: { input: values } });
    expect(stored.get(TOKEN_KEY)).toBe('new token');
  });

  it('keeps the session as it was when the new password is refused', async () => {
    stored.set(TOKEN_KEY, 'old token');
    const { props } = render();
    const common = { path: 'newPassword', message: 'This password is too common', reason: { key: 'field.passwordCommon', params: {} } };
    answer({ data: null, errors: [{ message: 'newPassword: This password is too common', extensions: { code: 'BAD_USER_INPUT', fields: [common] } }] });
    expect(await props.onSubmit({ ...values, newPassword: 'password123' })).toBe(false);
    expect(stored.get(TOKEN_KEY)).toBe('old token');
  });
});
