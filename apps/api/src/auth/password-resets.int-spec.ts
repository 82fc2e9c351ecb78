import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { hashPassword } from './password';
import { SignedLinks } from './signed-links';

const LINK = `mutation($userId: ID!, $reason: String!) { passwordResetLink(userId: $userId, reason: $reason) { ticket expiresAt app } }`;
const RESET = `mutation($ticket: String!, $p: String!) { resetPassword(ticket: $ticket, newPassword: $p) { token user { id } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const ME = `{ me { id } }`;

describe('password reset links, made by an admin for a person who forgot their password', () => {
  let t: TestApp;
  let admin: { id: string; token: string };
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.user(Role.ADMIN);
  });
  afterAll(() => t.close());

  const person = async (role: Role) => {
    const p = await t.user(role);
    await t.sql(`UPDATE users SET password_hash = $2 WHERE id = $1`, [p.id, await hashPassword('forgotten horse battery')]);
    return p;
  };
  const reasonOf = (r: { errors?: { extensions?: Record<string, any> }[] }) => r.errors?.[0].extensions?.['reason']?.key;

  it('sets a new password once, signs in, ends the other sessions, and is audited', async () => {
    const worker = await person(Role.WORKER);
    const made = await t.gql(LINK, { userId: worker.id, reason: 'Asked support from the account email' }, admin.token);
    expect(made.errors).toBeUndefined();
    expect(made.data?.passwordResetLink.app).toBe('WORKER');
    expect(Date.parse(made.data?.passwordResetLink.expiresAt) - Date.now()).toBeGreaterThan(3500_000);

    const reset = await t.gql(RESET, { ticket: made.data?.passwordResetLink.ticket, p: 'brand new horse staple' });
    expect(reset.errors).toBeUndefined();
    expect((await t.gql(ME, {}, reset.data?.resetPassword.token)).data?.me).toEqual({ id: worker.id });
    expect(reasonOf(await t.gql(ME, {}, worker.token))).toBe('auth.sessionEnded');
    expect((await t.gql(SIGN_IN, { input: { email: worker.email, password: 'brand new horse staple' } })).data?.signIn.token).toEqual(expect.any(String));

    // Used once: refused the second time, and nothing changes.
    const again = await t.gql(RESET, { ticket: made.data?.passwordResetLink.ticket, p: 'another horse staple' });
    expect(again.errors?.[0].extensions).toEqual({ code: 'FORBIDDEN', fields: [], reason: { key: 'auth.resetLinkInvalid', params: {} } });
    expect(reasonOf(await t.gql(SIGN_IN, { input: { email: worker.email, password: 'another horse staple' } }))).toBe('auth.wrongCredentials');
    expect(await t.sql(`SELECT action, actor_id FROM audit_events WHERE subject_id = $1 ORDER BY id`, [worker.id])).toEqual([
      { action: 'PASSWORD_RESET_LINK', actor_id: admin.id },
      { action: 'PASSWORD_CHANGED', actor_id: worker.id },
    ]);
  });

  it('refuses a link once the password changed otherwise, an expired or forged one, and a weak new password', async () => {
    const requester = await person(Role.REQUESTER);
    const { ticket, app } = (await t.gql(LINK, { userId: requester.id, reason: 'Forgot it' }, admin.token)).data!.passwordResetLink;
    expect(app).toBe('CONSOLE');
    const weak = await t.gql(RESET, { ticket, p: 'short' });
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: 'newPassword', reason: { key: 'field.tooShort' } }] });
    await t.gql(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }`, { input: { currentPassword: 'forgotten horse battery', newPassword: 'remembered it after all' } }, requester.token);
    expect(reasonOf(await t.gql(RESET, { ticket, p: 'brand new horse staple' }))).toBe('auth.resetLinkInvalid');

    const links = t.app.get(SignedLinks);
    const expired = links.sign('password-reset', { userId: requester.id, generation: '1' }, 60, Date.now() - 120_000).ticket;
    const otherPurpose = links.sign('export', { userId: requester.id, generation: '1' }, 60).ticket;
    for (const bad of [expired, otherPurpose, 'forged.ticket', `${ticket.slice(0, -3)}abc`]) expect(reasonOf(await t.gql(RESET, { ticket: bad, p: 'brand new horse staple' }))).toBe('auth.resetLinkInvalid');
  });

  it('is made by admins only, for someone who exists, with a reason; a suspended person cannot use it', async () => {
    const worker = await person(Role.WORKER);
    expect((await t.gql(LINK, { userId: worker.id, reason: 'Because' }, worker.token)).errors?.[0].extensions?.['code']).toBe('FORBIDDEN');
    expect(reasonOf(await t.gql(LINK, { userId: '00000000-0000-0000-0000-000000000000', reason: 'Because' }, admin.token))).toBe('user.notFound');
    expect((await t.gql(LINK, { userId: worker.id, reason: 'x' }, admin.token)).errors?.[0].extensions?.['fields']?.[0].path).toBe('reason');
    const { ticket } = (await t.gql(LINK, { userId: worker.id, reason: 'Forgot it' }, admin.token)).data!.passwordResetLink;
    await t.gql(`mutation($u: ID!) { suspendAccount(userId: $u, reason: "Fraud") { id } }`, { u: worker.id }, admin.token);
    expect(reasonOf(await t.gql(RESET, { ticket, p: 'brand new horse staple' }))).toBe('auth.suspended');
  });
});
