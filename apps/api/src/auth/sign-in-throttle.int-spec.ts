import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { MAX_FAILURES, WINDOW_MINUTES } from './sign-in-throttle';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }`;

describe('sign-in throttle: password guessing, slowed per email on every replica', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ databaseUrl: a.databaseUrl });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const signIn = (app: TestApp, email: string, password: string) => app.gql(SIGN_IN, { input: { email, password } });
  const reasonKey = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0].extensions?.['reason']?.key;

  it(`locks an email after ${MAX_FAILURES} wrong passwords across replicas, even to the right one, until the window passes`, async () => {
    const up = await a.gql(SIGN_UP, { input: { email: 'ada@example.org', password: 'correct horse battery', displayName: 'Ada', role: 'WORKER' } });
    expect(up.errors).toBeUndefined();
    for (let i = 1; i < MAX_FAILURES; i++) expect(reasonKey(await signIn(i % 2 ? a : b, 'ada@example.org', `guess ${i}`))).toBe('auth.wrongCredentials');
    const locked = await signIn(b, 'ADA@example.org', 'guess 10');
    expect(locked.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', fields: [], reason: { key: 'auth.tooManyAttempts', params: { minutes: WINDOW_MINUTES } } });
    expect(locked.errors?.[0].message).toBe(`Too many failed sign-ins for this email: try again in ${WINDOW_MINUTES} min`);
    expect(reasonKey(await signIn(a, 'ada@example.org', 'correct horse battery'))).toBe('auth.tooManyAttempts');

    await a.sql(`UPDATE sign_in_attempts SET locked_until = now() - interval '1 second' WHERE email = 'ada@example.org'`);
    expect((await signIn(a, 'ada@example.org', 'correct horse battery')).data?.signIn.token).toEqual(expect.any(String));
    expect(await a.sql(`SELECT * FROM sign_in_attempts WHERE email = 'ada@example.org'`)).toEqual([]);
  });

  it('counts an email without an account alike, so the lock tells nothing about which exist', async () => {
    for (let i = 1; i < MAX_FAILURES; i++) expect(reasonKey(await signIn(a, 'nobody@example.org', `guess ${i}`))).toBe('auth.wrongCredentials');
    expect(reasonKey(await signIn(a, 'nobody@example.org', 'guess'))).toBe('auth.tooManyAttempts');
  });

  it('starts a new window once the old one has passed', async () => {
    await a.gql(SIGN_UP, { input: { email: 'bob@example.org', password: 'correct horse battery', displayName: 'Bob', role: 'REQUESTER' } });
    for (let i = 1; i < MAX_FAILURES; i++) await signIn(a, 'bob@example.org', `guess ${i}`);
    await a.sql(`UPDATE sign_in_attempts SET window_started_at = now() - make_interval(mins => ${WINDOW_MINUTES + 1}) WHERE email = 'bob@example.org'`);
    expect(reasonKey(await signIn(a, 'bob@example.org', 'guess'))).toBe('auth.wrongCredentials');
    expect(await a.sql(`SELECT failures FROM sign_in_attempts WHERE email = 'bob@example.org'`)).toEqual([{ failures: 1 }]);
  });

  it('counts a password change’s wrong current passwords too', async () => {
    const up = await a.gql(SIGN_UP, { input: { email: 'cyd@example.org', password: 'correct horse battery', displayName: 'Cyd', role: 'WORKER' } });
    const token = up.data?.signUp.token as string;
    const change = (current: string) => a.gql(CHANGE, { input: { currentPassword: current, newPassword: 'staple battery horse' } }, token);
    for (let i = 1; i < MAX_FAILURES; i++) expect((await change(`guess ${i}`)).errors?.[0].extensions?.['fields']?.[0]).toMatchObject({ path: 'currentPassword', reason: { key: 'field.wrongPassword' } });
    expect(reasonKey(await change('guess'))).toBe('auth.tooManyAttempts');
    expect(reasonKey(await change('correct horse battery'))).toBe('auth.tooManyAttempts');
    expect(reasonKey(await signIn(b, 'cyd@example.org', 'correct horse battery'))).toBe('auth.tooManyAttempts');
  });
});
