import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { until } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { hashPassword } from './password';

const SUSPEND = `mutation($userId: ID!, $reason: String!) { suspendAccount(userId: $userId, reason: $reason) { id suspendedAt suspensionReason banned } }`;
const REINSTATE = `mutation($userId: ID!, $reason: String!) { reinstateAccount(userId: $userId, reason: $reason) { id suspendedAt suspensionReason } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token user { id } } }`;
const ME = `{ me { id } }`;
const TRAIL = `query($userId: ID) { auditTrail(userId: $userId) { items { action actorName subjectId reason } } }`;

/** Two replicas on one database, as behind a load balancer: a suspension or a password change made on one ends sessions on both. */
describe('sessions ended: account suspensions and password changes', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: { id: string; token: string };
  beforeAll(async () => {
    a = await startTestApp();
    b = await startTestApp({ databaseUrl: a.databaseUrl });
    admin = await a.user(Role.ADMIN);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const code = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => result.errors?.[0].extensions?.['code'];

  it('ends the person’s sessions on every replica within moments, tells them why, and lets them back when reinstated', async () => {
    const worker = await a.user(Role.WORKER);
    expect(code(await b.gql(ME, {}, worker.token))).toBeUndefined();

    const suspended = await a.gql(SUSPEND, { userId: worker.id, reason: '  Several accounts for one person  ' }, admin.token);
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data?.suspendAccount).toMatchObject({ id: worker.id, suspensionReason: 'Several accounts for one person', banned: false });
    expect(Date.parse(suspended.data?.suspendAccount.suspendedAt)).toBeGreaterThan(Date.now() - 60_000);

    // Refused at once on the replica that suspended, and within moments on the other (NOTIFY).
    const refusal = { code: 'UNAUTHENTICATED', fields: [], reason: { key: 'auth.suspended', params: { reason: 'Several accounts for one person' } } };
    expect((await a.gql(ME, {}, worker.token)).errors?.[0].extensions).toEqual(refusal);
    const onB = await until(async () => {
      const result = await b.gql(ME, {}, worker.token);
      return result.errors ? result : undefined;
    }, 5000);
    expect(onB.errors?.[0].extensions).toEqual(refusal);
    expect(onB.errors?.[0].message).toBe('This account is suspended: Several accounts for one person');

    const reinstated = await b.gql(REINSTATE, { userId: worker.id, reason: 'One account after all' }, admin.token);
    expect(reinstated.data?.reinstateAccount).toEqual({ id: worker.id, suspendedAt: null, suspensionReason: null });
    await until(async () => ((await a.gql(ME, {}, worker.token)).data?.me ? true : undefined), 5000);
    expect((await b.gql(ME, {}, worker.token)).data?.me).toEqual({ id: worker.id });

    const trail = await a.gql(TRAIL, { userId: worker.id }, admin.token);
    expect(trail.data?.auditTrail.items).toEqual([
      { action: 'ACCOUNT_REINSTATED', actorName: expect.any(String), subjectId: worker.id, reason: 'One account after all' },
      { action: 'ACCOUNT_SUSPENDED', actorName: expect.any(String), subjectId: worker.id, reason: 'Several accounts for one person' },
    ]);
  });

  it('refuses sign-in with the reason, and signs in again once reinstated', async () => {
    const requester = await a.user(Role.REQUESTER);
    await a.sql(`UPDATE users SET password_hash = $2 WHERE id = $1`, [requester.id, await hashPassword('correct horse battery')]);
    const input = { email: requester.email, password: 'correct horse battery' };
    await a.gql(SUSPEND, { userId: requester.id, reason: 'Tasks with abusive content' }, admin.token);
    const refused = await b.gql(SIGN_IN, { input });
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', fields: [], reason: { key: 'auth.suspended', params: { reason: 'Tasks with abusive content' } } });
    await a.gql(REINSTATE, { userId: requester.id, reason: 'Content removed' }, admin.token);
    expect((await b.gql(SIGN_IN, { input })).data?.signIn.token).toEqual(expect.any(String));
  });

  it('closes the person’s live sockets on the other replica, and opens none while suspended', async () => {
    const requester = await a.user(Role.REQUESTER);
    const connect = () =>
      new Promise<{ code: number; opened: boolean }>((resolve) => {
        let opened = false;
        const client = createClient({
          url: b.url.replace('http', 'ws') + '/graphql',
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${requester.token}` },
          retryAttempts: 0,
          lazy: false,
          onNonLazyError: () => undefined,
          on: { connected: () => ((opened = true), suspend()), closed: (e) => resolve({ code: (e as { code: number }).code, opened }) },
        });
        client.subscribe({ query: `subscription { projectEvents(projectId: "00000000-0000-0000-0000-000000000000") { id } }` }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
    let suspendOnce: Promise<unknown> | undefined;
    const suspend = () => (suspendOnce ??= a.gql(SUSPEND, { userId: requester.id, reason: 'Chargebacks' }, admin.token));
    expect(await connect()).toEqual({ code: 4403, opened: true });
    expect(await connect()).toEqual({ code: 4403, opened: false });
  });

  it('is for admins, never one’s own account, and says what is wrong', async () => {
    const worker = await a.user(Role.WORKER);
    const requester = await a.user(Role.REQUESTER);
    for (const who of [worker, requester]) expect(code(await a.gql(SUSPEND, { userId: worker.id, reason: 'Because' }, who.token))).toBe('FORBIDDEN');

    const self = await a.gql(SUSPEND, { userId: admin.id, reason: 'Testing' }, admin.token);
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: { key: 'account.notYourself' } });
    const short = await a.gql(SUSPEND, { userId: worker.id, reason: ' x ' }, admin.token);
    expect(short.errors?.[0].extensions?.['fields']).toEqual([{ path: 'reason', message: 'Give a reason of 3 to 1,000 characters', reason: { key: 'field.reasonBetween', params: { min: 3, max: 1000 } } }]);
    for (const userId of ['nope', '00000000-0000-0000-0000-000000000000']) {
      const missing = await a.gql(SUSPEND, { userId, reason: 'Because' }, admin.token);
      expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: { key: 'user.notFound' } });
    }
    const notSuspended = await a.gql(REINSTATE, { userId: worker.id, reason: 'Because' }, admin.token);
    expect(notSuspended.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: { key: 'account.notSuspended' } });
    await a.gql(SUSPEND, { userId: worker.id, reason: 'Because' }, admin.token);
    const again = await a.gql(SUSPEND, { userId: worker.id, reason: 'Again' }, admin.token);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: { key: 'account.alreadySuspended' } });
    // Nothing half-written: one suspension, audited once.
    expect(await a.sql(`SELECT action, reason FROM audit_events WHERE subject_id = $1`, [worker.id])).toEqual([{ action: 'ACCOUNT_SUSPENDED', reason: 'Because' }]);
    expect(await a.sql(`SELECT status, suspension_reason FROM users WHERE id = $1`, [worker.id])).toEqual([{ status: 'BANNED', suspension_reason: 'Because' }]);
  });

  it('reads the suspended accounts again on start, so a new replica knows them', async () => {
    const worker = await a.user(Role.WORKER);
    await a.gql(SUSPEND, { userId: worker.id, reason: 'Fraud' }, admin.token);
    const c = await startTestApp({ databaseUrl: a.databaseUrl });
    try {
      expect((await c.gql(ME, {}, worker.token)).errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: { key: 'auth.suspended', params: { reason: 'Fraud' } } });
    } finally {
      await c.close();
    }
  });

  describe('a password change', () => {
    const withPassword = async (role: Role, password = 'correct horse battery') => {
      const person = await a.user(role);
      await a.sql(`UPDATE users SET password_hash = $2 WHERE id = $1`, [person.id, await hashPassword(password)]);
      return person;
    };

    it('ends the other sessions on every replica, keeps this one with a new token, and signs in with the new password only', async () => {
      const worker = await withPassword(Role.WORKER);
      const otherDevice = (await b.gql(SIGN_IN, { input: { email: worker.email, password: 'correct horse battery' } })).data?.signIn.token as string;

      const changed = await a.gql(CHANGE, { input: { currentPassword: 'correct horse battery', newPassword: 'staple battery horse' } }, worker.token);
      expect(changed.errors).toBeUndefined();
      const fresh = changed.data?.changePassword.token as string;
      expect(changed.data?.changePassword.user).toEqual({ id: worker.id });

      const ended = { code: 'UNAUTHENTICATED', fields: [], reason: { key: 'auth.sessionEnded', params: {} } };
      expect((await a.gql(ME, {}, worker.token)).errors?.[0].extensions).toEqual(ended);
      const onB = await until(async () => ((await b.gql(ME, {}, otherDevice)).errors ? true : undefined), 5000);
      expect(onB).toBe(true);
      expect((await b.gql(ME, {}, otherDevice)).errors?.[0].extensions).toEqual(ended);
      for (const replica of [a, b]) expect((await replica.gql(ME, {}, fresh)).data?.me).toEqual({ id: worker.id });

      expect((await b.gql(SIGN_IN, { input: { email: worker.email, password: 'correct horse battery' } })).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
      const again = (await b.gql(SIGN_IN, { input: { email: worker.email, password: 'staple battery horse' } })).data?.signIn.token;
      expect((await a.gql(ME, {}, again)).data?.me).toEqual({ id: worker.id });
      expect(await a.sql(`SELECT action, actor_id FROM audit_events WHERE subject_id = $1`, [worker.id])).toEqual([{ action: 'PASSWORD_CHANGED', actor_id: worker.id }]);
    });

    it('needs the current password and a strong new one, and changes nothing otherwise', async () => {
      const requester = await withPassword(Role.REQUESTER);
      const wrong = await a.gql(CHANGE, { input: { currentPassword: 'not it at all', newPassword: 'staple battery horse' } }, requester.token);
      expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'currentPassword', message: 'Wrong password', reason: { key: 'field.wrongPassword', params: {} } }] });
      const weak = await a.gql(CHANGE, { input: { currentPassword: 'correct horse battery', newPassword: 'short' } }, requester.token);
      expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'newPassword', reason: { key: 'field.tooShort', params: { min: 10 } } }] });
      expect((await a.gql(ME, {}, requester.token)).data?.me).toEqual({ id: requester.id });
      expect(await a.sql(`SELECT session_generation FROM users WHERE id = $1`, [requester.id])).toEqual([{ session_generation: 0 }]);
      expect((await a.gql(CHANGE, { input: { currentPassword: 'x', newPassword: 'y' } })).errors?.[0].extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('closes the older sessions’ sockets, and a new replica knows the change', async () => {
      const requester = await withPassword(Role.REQUESTER);
      const closed = new Promise<number>((resolve) => {
        const client = createClient({
          url: b.url.replace('http', 'ws') + '/graphql',
          webSocketImpl: WebSocket,
          connectionParams: { authorization: `Bearer ${requester.token}` },
          retryAttempts: 0,
          lazy: false,
          onNonLazyError: () => undefined,
          on: {
            connected: () => void a.gql(CHANGE, { input: { currentPassword: 'correct horse battery', newPassword: 'staple battery horse' } }, requester.token),
            closed: (e) => resolve((e as { code: number }).code),
          },
        });
        client.subscribe({ query: `subscription { projectEvents(projectId: "00000000-0000-0000-0000-000000000000") { id } }` }, { next: () => undefined, error: () => undefined, complete: () => undefined });
      });
      expect(await closed).toBe(4403);
      const c = await startTestApp({ databaseUrl: a.databaseUrl });
      try {
        expect((await c.gql(ME, {}, requester.token)).errors?.[0].extensions).toMatchObject({ reason: { key: 'auth.sessionEnded' } });
      } finally {
        await c.close();
      }
    });
  });
});
