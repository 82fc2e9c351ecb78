import pg from 'pg';
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerTasks, publishedProject } from '../../test/fixtures';
import { Role, startTestApp, type TestApp } from '../../test/test-app';
import { BanReasonsAndUnpaidGold1766800000000 } from '../database/migrations/1766800000000-ban-reasons-and-unpaid-gold';
import { DispatchService } from './dispatch.service';

const SUMMARY = `{ workerSummary { submitted earnedCents } }`;

describe('a worker’s totals on the feed leave gold rewards out: gold is never paid', () => {
  let t: TestApp;
  let requester: { token: string };
  beforeAll(async () => {
    t = await startTestApp();
    requester = await t.user(Role.REQUESTER);
  });
  afterAll(() => t.close());

  /** A worker who answered every task of a project of 2 regular items (5 cents each) and 2 gold items. */
  async function workerWithGold() {
    const worker = await t.user(Role.WORKER);
    const { projectId } = await publishedProject(t, requester.token, { items: 2, overlap: 1, goldRatio: 0.5 });
    const gold = ['Gold one', 'Gold two'].map((text) => ({ input: { text }, answer: { label: 'positive' } }));
    await t.gql(`mutation($input: AddGoldItemsInput!) { addGoldItems(input: $input) { id } }`, { input: { projectId, items: gold } }, requester.token);
    // Gold is drawn at random at the project's ratio: here every claim tries gold first, so both are answered.
    const dispatch = t.app.get(DispatchService);
    dispatch.random = () => 0;
    const ids = await answerTasks(t, worker.token, projectId).finally(() => (dispatch.random = Math.random));
    const [{ gold: goldAnswers }] = await t.sql(`SELECT count(*) FILTER (WHERE is_gold)::int AS gold FROM assignments WHERE id = ANY($1::bigint[])`, [ids]);
    expect(goldAnswers).toBeGreaterThan(0);
    await t.settle();
    return { worker, answers: ids.length };
  }

  it('counts a gold answer as sent, and only the regular answers’ rewards', async () => {
    const { worker, answers } = await workerWithGold();
    expect((await t.gql(SUMMARY, {}, worker.token)).data?.workerSummary).toEqual({ submitted: answers, earnedCents: 10 });
  });

  it('counts again, when migrated, the totals that counted gold rewards before', async () => {
    const { worker, answers } = await workerWithGold();
    // As the relay counted them before: the gold answers' rewards in.
    await t.sql(
      `UPDATE worker_answer_totals SET reward_cents = (SELECT sum(reward_cents) FROM assignments WHERE worker_id = $1 AND status IN ('SUBMITTED', 'ACCEPTED')) WHERE worker_id = $1`,
      [worker.id],
    );
    expect((await t.gql(SUMMARY, {}, worker.token)).data?.workerSummary.earnedCents).toBeGreaterThan(10);
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const db = { query: (text: string, params?: unknown[]) => client.query(text, params).then((r) => r.rows) } as unknown as QueryRunner;
      await client.query('BEGIN');
      await new BanReasonsAndUnpaidGold1766800000000().up(db);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
    expect((await t.gql(SUMMARY, {}, worker.token)).data?.workerSummary).toEqual({ submitted: answers, earnedCents: 10 });
  });
});
