import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, startTestApp, type TestApp } from '../../test/test-app';

const PEOPLE = `query($search: String, $role: Role, $offset: Int, $limit: Int) {
  people(search: $search, role: $role, offset: $offset, limit: $limit) {
    total items { id email displayName roles joinedAt banned answersSent level balanceCents currency }
  }
}`;

describe('people: the admins’ directory', () => {
  let t: TestApp;
  let admin: { id: string; token: string };
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.user(Role.ADMIN);
  });
  afterAll(() => t.close());

  const find = async (variables: Record<string, unknown>, token = admin.token) => {
    const result = await t.gql(PEOPLE, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data?.people as { total: number; items: { id: string; email: string; [key: string]: unknown }[] };
  };

  it('is for admins only', async () => {
    const requester = await t.user(Role.REQUESTER);
    const worker = await t.user(Role.WORKER);
    for (const who of [requester, worker]) {
      const refused = await t.gql(PEOPLE, {}, who.token);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.data).toBeNull();
    }
    expect((await t.gql(PEOPLE, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('finds people by part of their email or name, in any case, with their role, bans, answers and balance', async () => {
    const requester = await t.user(Role.REQUESTER, 'zephyrine');
    const worker = await t.user(Role.WORKER, 'quokka');
    await t.sql(`UPDATE users SET display_name = 'Zéphyrine Lamarck' WHERE id = $1`, [requester.id]);
    await t.sql(`INSERT INTO worker_answer_totals (worker_id, answers, reward_cents) VALUES ($1, 7, 140)`, [worker.id]);
    await t.sql(`INSERT INTO worker_bans (worker_id, reason) VALUES ($1, 'too fast')`, [worker.id]);
    await t.sql(`INSERT INTO ledger_accounts (owner_kind, owner_id, type, currency, balance) VALUES ('USER', $1, 'REQUESTER_BALANCE', 'EUR', 1250)`, [requester.id]);

    const byEmail = await find({ search: 'ZEPHYRINE-' });
    expect(byEmail.total).toBe(1);
    expect(byEmail.items[0]).toMatchObject({ id: requester.id, email: requester.email, displayName: 'Zéphyrine Lamarck', roles: ['REQUESTER'], banned: false, answersSent: null, level: null, balanceCents: 1250, currency: 'EUR' });
    expect(Date.parse(byEmail.items[0]['joinedAt'] as string)).toBeGreaterThan(Date.now() - 60_000);

    expect((await find({ search: 'lamarck' })).items.map((p) => p.id)).toEqual([requester.id]);
    expect((await find({ search: '  quokka ' })).items[0]).toMatchObject({ id: worker.id, roles: ['WORKER'], banned: true, answersSent: 7, level: 1, balanceCents: null });
    await t.sql(`INSERT INTO worker_review_totals (worker_id, accepted, rejected) VALUES ($1, 480, 20)`, [worker.id]);
    expect((await find({ search: 'quokka' })).items[0]).toMatchObject({ level: 3 });
    // A lifted ban no longer counts; % and _ are letters to look for, not wildcards.
    await t.sql(`UPDATE worker_bans SET lifted_at = now() WHERE worker_id = $1`, [worker.id]);
    expect((await find({ search: 'quokka' })).items[0]).toMatchObject({ banned: false });
    expect(await find({ search: 'quo_ka' })).toEqual({ total: 0, items: [] });
    expect(await find({ search: '%' })).toEqual({ total: 0, items: [] });
  });

  it('pages through the matches, newest first, and filters by role', async () => {
    const made: string[] = [];
    for (let i = 0; i < 5; i++) {
      const who = await t.user(i % 2 ? Role.REQUESTER : Role.WORKER, `pagination${i}`);
      await t.sql(`UPDATE users SET created_at = now() - make_interval(mins => $2) WHERE id = $1`, [who.id, 10 - i]);
      made.push(who.id);
    }
    const newestFirst = [...made].reverse();
    const first = await find({ search: 'pagination', limit: 2 });
    expect(first).toMatchObject({ total: 5 });
    expect(first.items.map((p) => p.id)).toEqual(newestFirst.slice(0, 2));
    expect((await find({ search: 'pagination', limit: 2, offset: 2 })).items.map((p) => p.id)).toEqual(newestFirst.slice(2, 4));
    const past = await find({ search: 'pagination', limit: 2, offset: 10 });
    expect(past).toEqual({ total: 5, items: [] });

    const requesters = await find({ search: 'pagination', role: 'REQUESTER' });
    expect(requesters.total).toBe(2);
    expect(requesters.items.map((p) => p.id)).toEqual([made[3], made[1]]);
    expect((await find({ role: 'ADMIN' })).items.map((p) => p.id)).toContain(admin.id);
    expect((await find({ role: 'ADMIN' })).items.every((p) => (p['roles'] as string[]).includes('ADMIN'))).toBe(true);
  });

  it('refuses a page out of range and too long a search, naming the field', async () => {
    const refused = await t.gql(PEOPLE, { offset: -1, limit: 500, search: 'x'.repeat(101) }, admin.token);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([
        { path: 'offset', message: 'Must be 0 or more', reason: { key: 'field.tooSmall', params: { min: 0 } } },
        { path: 'limit', message: 'Must be from 1 to 100', reason: { key: 'field.tooLarge', params: { max: 100 } } },
        { path: 'search', message: 'Search with at most 100 characters', reason: { key: 'field.tooLong', params: { max: 100 } } },
      ]),
    );
  });

  it('searches along the trigram indexes rather than reading every account', async () => {
    // So few accounts would be read whole anyway: the plan is asked with sequential scans priced out.
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await client.query('SET enable_seqscan = off');
      const { rows } = await client.query(`EXPLAIN SELECT id FROM users WHERE email ILIKE '%zephyr%' OR display_name ILIKE '%zephyr%'`);
      const plan = rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n');
      expect(plan).toContain('users_email_trgm_idx');
      expect(plan).toContain('users_display_name_trgm_idx');
    } finally {
      await client.end();
    }
  });
});
