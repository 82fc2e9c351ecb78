import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token user { id email roles displayName } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token user { email } } }`;
const ME = `{ me { email roles } }`;

describe('accounts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const signUp = (input: Record<string, unknown>) =>
    t.gql(SIGN_UP, { input: { displayName: 'Ada', role: 'WORKER', password: 'correct horse battery', ...input } });

  it('signs up, then signs in with the same email in another case, and knows who you are', async () => {
    const up = await signUp({ email: 'Ada@Example.org' });
    expect(up.errors).toBeUndefined();
    expect(up.data?.signUp.user).toMatchObject({ email: 'ada@example.org', roles: ['WORKER'] });
    const passwordHash = await t.sql(`SELECT password_hash FROM users WHERE email = 'ada@example.org'`);
    expect(passwordHash[0].password_hash).toMatch(/^\$argon2id\$/);

    const signIn = await t.gql(SIGN_IN, { input: { email: 'ADA@example.org', password: 'correct horse battery' } });
    const me = await t.gql(ME, {}, signIn.data?.signIn.token);
    expect(me.data?.me).toEqual({ email: 'ada@example.org', roles: ['WORKER'] });
  });

  it('refuses a duplicate email and creates nothing', async () => {
    await signUp({ email: 'dup@example.org' });
    const again = await signUp({ email: 'DUP@example.org', role: 'REQUESTER' });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ path: 'email', message: 'An account with this email already exists', reason: { key: 'field.emailTaken', params: {} } }],
      reason: { key: 'account.emailTaken', params: {} },
    });
    expect(await t.sql(`SELECT count(*)::int AS n FROM users WHERE email = 'dup@example.org'`)).toEqual([{ n: 1 }]);
  });

  it('refuses a name of spaces under displayName, and creates nothing', async () => {
    const blank = await signUp({ email: 'blank@example.org', displayName: '   ' });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'displayName' }] });
    expect(await t.sql(`SELECT count(*)::int AS n FROM users WHERE email = 'blank@example.org'`)).toEqual([{ n: 0 }]);
  });

  it('refuses a weak password, naming the field, and creates nothing', async () => {
    const weak = await signUp({ email: 'weak@example.org', password: 'short' });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'password', message: 'Use at least 10 characters' }] });
    expect(await t.sql(`SELECT count(*)::int AS n FROM users WHERE email = 'weak@example.org'`)).toEqual([{ n: 0 }]);
  });

  it('refuses a bad email and self-made admins, naming the fields', async () => {
    const bad = await signUp({ email: 'not-an-email', role: 'ADMIN' });
    const paths = bad.errors?.[0].extensions?.fields?.map((f) => f.path).sort();
    expect(paths).toEqual(['email', 'role']);
  });

  it('refuses a wrong password without saying whether the account exists', async () => {
    await signUp({ email: 'eve@example.org' });
    const wrong = await t.gql(SIGN_IN, { input: { email: 'eve@example.org', password: 'not her password' } });
    const unknown = await t.gql(SIGN_IN, { input: { email: 'nobody@example.org', password: 'not her password' } });
    expect(wrong.errors?.[0].message).toBe('Wrong email or password');
    expect(unknown.errors?.[0].message).toBe('Wrong email or password');
    expect(wrong.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // The same reason for both, for the apps to word: nothing says which it was in any language.
    const reason = { key: 'auth.wrongCredentials', params: {} };
    const fields = [{ path: 'password', message: 'Wrong email or password', reason: { key: 'field.wrongCredentials', params: {} } }];
    expect(wrong.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', fields, reason });
    expect(unknown.errors?.[0].extensions).toEqual(wrong.errors?.[0].extensions);
  });

  it('refuses a suspended account at sign-in with its reason, and gives no token', async () => {
    await signUp({ email: 'mallory@example.org' });
    await t.sql(`UPDATE users SET status = 'BANNED' WHERE email = 'mallory@example.org'`);
    const refused = await t.gql(SIGN_IN, { input: { email: 'mallory@example.org', password: 'correct horse battery' } });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].message).toBe('This account is suspended');
    expect(refused.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', fields: [], reason: { key: 'auth.suspended', params: { reason: '' } } });
  });

  it('denies by default: no token, a forged token, or the wrong role', async () => {
    expect((await t.gql(ME)).errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED', fields: [], reason: { key: 'auth.signIn', params: {} } });
    expect((await t.gql(ME, {}, 'forged.token.value')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const worker = await t.user('WORKER' as never);
    const asWorker = await t.gql(`{ myProjects { id } }`, {}, worker.token);
    expect(asWorker.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', fields: [], reason: { key: 'auth.notAllowed', params: {} } });
    const requester = await t.user('REQUESTER' as never);
    const asRequester = await t.gql(`mutation { claimNext(projectId: "00000000-0000-0000-0000-000000000000") { id } }`, {}, requester.token);
    expect(asRequester.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
