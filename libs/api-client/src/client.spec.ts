import { describe, expect, it, vi } from 'vitest';
import { createClient } from './client';
import { ApiError, normalizeFieldPath, toApiError } from './errors';
import { WorkerClaimNextDocument, WorkerMeDocument } from './generated';
import { createTokenStore } from './token-store';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('createClient', () => {
  it('posts the printed operation with variables and the bearer token', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ data: { claimNext: null } }));
    const client = createClient({ url: '/graphql', getToken: () => 'tok', fetch: fetchMock });

    const data = await client.request(WorkerClaimNextDocument, { projectId: 'p1' });

    expect(data).toEqual({ claimNext: null });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect((init.headers as Record<string, string>)['authorization']).toBe('Bearer tok');
    const body = JSON.parse(init.body as string);
    expect(body.operationName).toBe('WorkerClaimNext');
    expect(body.variables).toEqual({ projectId: 'p1' });
    expect(body.query).toContain('fragment WorkerAssignment on WorkAssignment');
  });

  it('sends no authorization header without a token, and allows omitting empty variables', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ data: { me: { id: '1' } } }));
    const client = createClient({ url: '/graphql', getToken: () => null, fetch: fetchMock });
    await client.request(WorkerMeDocument);
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>)['authorization']).toBeUndefined();
    expect(JSON.parse(init.body as string).variables).toEqual({});
  });

  it('throws an ApiError with the code and the normalised field errors', async () => {
    const fetchMock = vi.fn(async () =>
      jsonResponse({
        data: null,
        errors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                { path: 'input.config.labels.1.value', message: 'Duplicate value' },
                { path: 'rewardCents', message: 'Must be positive' },
              ],
            },
          },
        ],
      }),
    );
    const client = createClient({ url: '/graphql', fetch: fetchMock });
    const error = await client.request(WorkerClaimNextDocument, { projectId: 'p' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.code).toBe('BAD_USER_INPUT');
    expect(apiError.message).toBe('Invalid input');
    expect(apiError.fieldMessage('config.labels[1].value')).toBe('Duplicate value');
    expect(apiError.fieldMessage('rewardCents')).toBe('Must be positive');
  });

  it('calls onUnauthenticated when the token is refused', async () => {
    const onUnauthenticated = vi.fn();
    const fetchMock = vi.fn(async () =>
      jsonResponse({ data: null, errors: [{ message: 'No', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    const client = createClient({ url: '/graphql', fetch: fetchMock, onUnauthenticated });
    await expect(client.request(WorkerMeDocument)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('does not sign out for a request refused with a token already replaced (a password change gives a new one)', async () => {
    const onUnauthenticated = vi.fn();
    let token = 'old';
    let answer: (response: Response) => void = () => undefined;
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (answer = resolve)));
    const client = createClient({ url: '/graphql', fetch: fetchMock, getToken: () => token, onUnauthenticated });
    const refused = () => jsonResponse({ data: null, errors: [{ message: 'Your password was changed: sign in again', extensions: { code: 'UNAUTHENTICATED' } }] });

    // Sent with the old token, answered once the new one is kept: the session goes on.
    const inFlight = client.request(WorkerMeDocument);
    token = 'new';
    answer(refused());
    await expect(inFlight).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).not.toHaveBeenCalled();

    // The current token refused: signed out.
    const current = client.request(WorkerMeDocument);
    answer(refused());
    await expect(current).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('tells onUnauthenticated why the session ended: the error thrown, with its reason', async () => {
    const onUnauthenticated = vi.fn();
    const reason = { key: 'auth.suspended', params: { reason: 'Several accounts for one person' } };
    const suspended = createClient({
      url: '/graphql',
      onUnauthenticated,
      fetch: vi.fn(async () => jsonResponse({ data: null, errors: [{ message: 'This account is suspended: Several accounts for one person', extensions: { code: 'UNAUTHENTICATED', reason } }] })),
    });
    const thrown = await suspended.request(WorkerMeDocument).catch((e: unknown) => e);
    expect(onUnauthenticated).toHaveBeenCalledWith(thrown);
    expect((thrown as ApiError).reason).toEqual(reason);

    // A bare 401 (a proxy, no GraphQL body) ends the session too, with no reason to give.
    const bare = vi.fn();
    const proxied = createClient({ url: '/graphql', onUnauthenticated: bare, fetch: vi.fn(async () => new Response('', { status: 401, statusText: 'Unauthorized' })) });
    const refused = await proxied.request(WorkerMeDocument).catch((e: unknown) => e);
    expect(bare).toHaveBeenCalledWith(refused);
    expect(refused).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, reason: undefined });
  });

  it('does not call onUnauthenticated for other refusals', async () => {
    const onUnauthenticated = vi.fn();
    const client = createClient({
      url: '/graphql',
      onUnauthenticated,
      fetch: vi.fn(async () => jsonResponse({ data: null, errors: [{ message: 'This account is suspended', extensions: { code: 'FORBIDDEN', reason: { key: 'auth.suspended', params: { reason: '' } } } }] })),
    });
    await expect(client.request(WorkerMeDocument)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });

  it('maps transport failures to NETWORK_ERROR and non-JSON answers to SERVER_ERROR', async () => {
    const down = createClient({
      url: '/graphql',
      fetch: vi.fn(async () => {
        throw new TypeError('fetch failed');
      }),
    });
    await expect(down.request(WorkerMeDocument)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });

    const broken = createClient({ url: '/graphql', fetch: vi.fn(async () => new Response('<html>', { status: 502 })) });
    await expect(broken.request(WorkerMeDocument)).rejects.toMatchObject({ code: 'SERVER_ERROR', status: 502 });
  });
});

describe('toApiError', () => {
  it('keeps the reason the API gave, for the app to word; none when it gave none or a malformed one', () => {
    const reason = { key: 'claim.language', params: { languages: ['fr'] } };
    expect(toApiError([{ message: 'This project needs one of these languages: fr', extensions: { code: 'FORBIDDEN', reason } }]).reason).toEqual(reason);
    expect(toApiError([{ message: 'No', extensions: { code: 'FORBIDDEN' } }]).reason).toBeUndefined();
    expect(toApiError([{ message: 'No', extensions: { code: 'FORBIDDEN', reason: { key: 3 } } }]).reason).toBeUndefined();
  });

  it('keeps each field’s reason beside its English message; a malformed reason is left out, the field kept', () => {
    const required = { key: 'field.required', params: {} };
    const tooLong = { key: 'field.tooLong', params: { max: 200 } };
    const error = toApiError([
      {
        message: 'Some fields are not valid',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { path: 'input.items.0.text', message: 'Row 1: Required.', reason: required },
            { path: 'config.labels.1.text', message: 'Must be at most 200 characters long.', reason: tooLong },
            { path: 'name', message: 'Enter a name', reason: { key: 'field.required' } },
            { path: 'email', message: 'Taken' },
          ],
        },
      },
    ]);
    expect(error.fields).toEqual([
      { path: 'items[0].text', message: 'Row 1: Required.', reason: required },
      { path: 'config.labels[1].text', message: 'Must be at most 200 characters long.', reason: tooLong },
      { path: 'name', message: 'Enter a name' },
      { path: 'email', message: 'Taken' },
    ]);
  });
});

describe('normalizeFieldPath', () => {
  it('strips the input prefix and uses brackets for indexes', () => {
    expect(normalizeFieldPath('input.config.labels.0.hotkey')).toBe('config.labels[0].hotkey');
    expect(normalizeFieldPath('config.labels[2].text')).toBe('config.labels[2].text');
    expect(normalizeFieldPath('email')).toBe('email');
  });
});

describe('createTokenStore', () => {
  it('keeps the token under its key', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    const store = createTokenStore('fourmi.worker.token', storage);
    expect(store.get()).toBeNull();
    store.set('abc');
    expect(map.get('fourmi.worker.token')).toBe('abc');
    expect(store.get()).toBe('abc');
    store.clear();
    expect(store.get()).toBeNull();
  });

  it('does not throw without storage', () => {
    const store = createTokenStore('k', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    });
    expect(store.get()).toBeNull();
    expect(() => store.set('x')).not.toThrow();
  });
});
