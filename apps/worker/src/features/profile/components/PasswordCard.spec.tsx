import { ApiProvider, I18nProvider, type ChangePasswordFormProps } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOKEN_KEY } from '../../../app/config';
import { PasswordCard } from './PasswordCard';

// The shared form is specified in libs/ui: here, what the card gives it, and what its submission does
// through the app's real client and token store (a browser's storage and fetch, stood in for).
const form = vi.hoisted(() => ({ props: undefined as ChangePasswordFormProps | undefined }));
vi.mock('@fourmi/ui', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@fourmi/ui')>()),
  ChangePasswordForm: (props: ChangePasswordFormProps) => {
    form.props = props;
    return null;
  },
}));

const stored = new Map<string, string>();
const fetchMock = vi.fn<typeof fetch>();
const answer = (body: unknown) => fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));

beforeEach(() => {
  stored.clear();
  fetchMock.mockReset();
  form.props = undefined;
  vi.stubGlobal('localStorage', { getItem: (k: string) => stored.get(k) ?? null, setItem: (k: string, v: string) => stored.set(k, v), removeItem: (k: string) => stored.delete(k) });
  vi.stubGlobal('window', { location: { href: 'http://localhost/' }, addEventListener: vi.fn(), removeEventListener: vi.fn() });
  vi.stubGlobal('WebSocket', class {});
  vi.stubGlobal('fetch', fetchMock);
});
afterEach(() => vi.unstubAllGlobals());

function render(locale: 'en' | 'fr' = 'en') {
  const html = renderToStaticMarkup(
    <ApiProvider tokenKey={TOKEN_KEY}>
      <I18nProvider storageKey="spec.locale" userLocale={locale}>
        <PasswordCard email="ada@example.org" />
      </I18nProvider>
    </ApiProvider>,
  );
  if (!form.props) throw new Error('the card shows no password form');
  return { html, props: form.props };
}

const values = { currentPassword: 'correct horse battery', newPassword: 'staple battery horse' };

describe('PasswordCard', () => {
  it('is the Password card of the profile, its form knowing whose password it is', () => {
    expect(render().html).toContain('>Password</h2>');
    expect(render('fr').html).toContain('>Mot de passe</h2>');
    expect(render().props).toMatchObject({ busy: false, username: 'ada@example.org' });
  });

  it('sends the change with this session’s token and keeps the new token the API answers, for the next requests', async () => {
    stored.set(TOKEN_KEY, 'old token');
    const { props } = render();
    answer({ data: { changePassword: { token: 'new token' } } });
    expect(await props.onSubmit(values)).toBe(true);

    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/graphql');
    expect((init?.headers as Record<string, string>)['authorization']).toBe('Bearer old token');
    expect(JSON.parse(String(init?.body))).toMatchObject({ operationName: 'WorkerChangePassword', variables: { input: values } });
    expect(stored.get(TOKEN_KEY)).toBe('new token');
  });

  it('keeps the session as it was when the current password is wrong', async () => {
    stored.set(TOKEN_KEY, 'old token');
    const { props } = render();
    answer({
      data: null,
      errors: [{ message: 'Wrong password', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'currentPassword', message: 'Wrong password' }] } }],
    });
    expect(await props.onSubmit({ ...values, currentPassword: 'not it' })).toBe(false);
    expect(stored.get(TOKEN_KEY)).toBe('old token');
  });
});
