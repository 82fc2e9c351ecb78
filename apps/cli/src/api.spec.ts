import { describe, expect, it } from 'vitest';
import { Api, fieldLine, restError } from './api';
import { graphqlFetch } from './test-context';

describe('API client', () => {
  it('sends the token and returns the data', async () => {
    const { fetch, calls } = graphqlFetch(() => ({ data: { me: { id: '1' } } }));
    expect(await new Api('http://api.test', 'tok', fetch).gql('query { me { id } }')).toEqual({ me: { id: '1' } });
    expect(calls[0]).toMatchObject({ url: 'http://api.test/graphql', authorization: 'Bearer tok' });
  });

  it('turns GraphQL errors into their message, with each field problem when there are several', async () => {
    const one = graphqlFetch(() => ({ errors: [{ message: 'rewardCents: Must be at least 1', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'rewardCents', message: 'Must be at least 1' }] } }] }));
    await expect(new Api('http://api.test', 't', one.fetch).gql('q')).rejects.toMatchObject({ message: 'rewardCents: Must be at least 1', details: [] });
    const many = graphqlFetch(() => ({
      errors: [{ message: 'Some fields are not valid', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'name', message: 'Too long' }, { path: 'overlap', message: 'Too big' }] } }],
    }));
    await expect(new Api('http://api.test', 't', many.fetch).gql('q')).rejects.toMatchObject({ details: ['name: Too long', 'overlap: Too big'] });
    const notFound = graphqlFetch(() => ({ errors: [{ message: 'No such project', extensions: { code: 'NOT_FOUND' } }] }));
    await expect(new Api('http://api.test', 't', notFound.fetch).gql('q')).rejects.toMatchObject({ message: 'No such project (NOT_FOUND)', code: 'NOT_FOUND' });
  });

  it('says how to sign in again when a session has ended, but not to a suspended account', async () => {
    const ended = graphqlFetch(() => ({ errors: [{ message: 'Your password was changed: sign in again', extensions: { code: 'UNAUTHENTICATED' } }] }));
    await expect(new Api('http://api.test', 't', ended.fetch).gql('q')).rejects.toMatchObject({
      message: 'Your password was changed: sign in again (UNAUTHENTICATED)',
      details: ['run `fourmi login` to sign in again'],
    });
    const suspended = graphqlFetch(() => ({ errors: [{ message: 'This account is suspended: Chargebacks', extensions: { code: 'UNAUTHENTICATED', reason: { key: 'auth.suspended' } } }] }));
    await expect(new Api('http://api.test', 't', suspended.fetch).gql('q')).rejects.toMatchObject({ details: [] });
    // Signing in itself (no token yet): the wrong password is the whole story.
    const wrong = graphqlFetch(() => ({ errors: [{ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } }] }));
    await expect(new Api('http://api.test', null, wrong.fetch).gql('q')).rejects.toMatchObject({ details: [] });
  });

  it('names an API it cannot reach, and one that does not answer JSON', async () => {
    const down = (() => Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }))) as typeof fetch;
    await expect(new Api('http://localhost:9', 't', down).gql('q')).rejects.toThrow('cannot reach the API at http://localhost:9 (ECONNREFUSED)');
    const html = (async () => new Response('<h1>Bad gateway</h1>', { status: 502 })) as typeof fetch;
    await expect(new Api('http://api.test', 't', html).gql('q')).rejects.toThrow('the API answered HTTP 502 without JSON: <h1>Bad gateway</h1>');
  });

  it('reads REST errors', async () => {
    const fourmi = new Response(JSON.stringify({ error: { code: 'NOT_FOUND', message: 'No such project', fields: [] } }), { status: 404 });
    expect((await restError(fourmi, 'export refused')).message).toBe('export refused: No such project');
    expect((await restError(new Response('nope', { status: 502 }), 'upload refused')).message).toBe('upload refused: HTTP 502 nope');
    expect((await restError(new Response('{"statusCode":401,"message":"Unauthorized"}', { status: 401 }), 'x')).message).toMatch(/^x: HTTP 401 Unauthorized \(is your token valid/);
  });

  it('writes row problems the way people count rows', () => {
    expect(fieldLine({ path: 'rows[3].imageUrl', message: 'Row 3 (imageUrl): Must be an http(s) URL.' })).toBe('row 3 (imageUrl): Must be an http(s) URL.');
    expect(fieldLine({ path: 'rows[12]', message: 'Row 12: Needs a text, an imageUrl, or both.' })).toBe('row 12: Needs a text, an imageUrl, or both.');
    expect(fieldLine({ path: 'file', message: 'The file holds no items' })).toBe('file: The file holds no items');
    // A list sent whole (gold items) counts from 0; the person counts rows from 1.
    expect(fieldLine({ path: 'items[2].answer.label', message: 'Row 3: Unknown label "maybe".' })).toBe('row 3 (answer.label): Unknown label "maybe".');
    expect(fieldLine({ path: 'items.0.explanation', message: 'explanation must be shorter' })).toBe('row 1 (explanation): explanation must be shorter');
    expect(fieldLine({ path: 'config.labels[1].value', message: 'Duplicate' })).toBe('config.labels[1].value: Duplicate');
  });
});
