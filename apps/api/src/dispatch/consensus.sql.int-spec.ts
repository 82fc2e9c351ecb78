import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/test-app';
import { consensusOf } from './consensus';
import { consensusSteps } from './consensus.sql';

/** The SQL consensus of the one-statement answer must be the one the rest of the API computes in JavaScript. */
describe('consensusSteps', () => {
  let client: pg.Client;
  /** consensusOf for the same votes, which must have one. */
  const jsConsensus = (kind: 'CLASSIFICATION' | 'AUDIO', config: unknown, votes: { key: string; accuracy: number }[]) => {
    const consensus = consensusOf(kind, config, votes.map(({ key, accuracy }) => ({ answer: kind === 'AUDIO' ? { transcript: key } : { label: key }, accuracy })));
    if (!consensus) throw new Error('consensusOf found no votes');
    return consensus;
  };
  const labels = (n: number) => ({ labels: Array.from({ length: n }, (_, i) => ({ value: `l${i}`, text: `L${i}` })) });

  /** The SQL consensus of these votes (in the order given), with `choices` listed labels. */
  const sqlConsensus = async (votes: { key: string; accuracy: number }[], choices: number) => {
    const { rows } = await client.query(
      `WITH votes AS (SELECT * FROM unnest($1::bigint[], $2::text[], $3::float8[]) AS v(ord, key, accuracy)), ${consensusSteps('$4::int')}
       SELECT value FROM consensus`,
      [votes.map((_, i) => i + 1), votes.map((v) => v.key), votes.map((v) => v.accuracy), choices],
    );
    return rows[0]?.value ?? null;
  };

  beforeAll(async () => {
    client = new pg.Client({ connectionString: await createTestDatabase() });
    await client.connect();
  });
  afterAll(() => client.end());

  it('is null without votes', async () => {
    expect(await sqlConsensus([], 3)).toBeNull();
  });

  it('weighs votes by skill: one expert outvotes two weak workers', async () => {
    const votes = [{ key: 'l0', accuracy: 0.55 }, { key: 'l0', accuracy: 0.55 }, { key: 'l1', accuracy: 0.99 }];
    const sql = await sqlConsensus(votes, 3);
    expect(sql.voteKey).toBe('l1');
    expect(sql.votes).toBe(1);
    expect(sql.confidence).toBeCloseTo(jsConsensus('CLASSIFICATION', labels(3), votes).confidence, 12);
  });

  it('gives a tie to the key voted first', async () => {
    expect((await sqlConsensus([{ key: 'l2', accuracy: 0.7 }, { key: 'l0', accuracy: 0.7 }], 3)).voteKey).toBe('l2');
    expect((await sqlConsensus([{ key: 'l0', accuracy: 0.7 }, { key: 'l2', accuracy: 0.7 }], 3)).voteKey).toBe('l0');
  });

  it('counts one more choice than the votes for free answers', async () => {
    const votes = [{ key: 'hello', accuracy: 0.7 }, { key: 'hallo', accuracy: 0.7 }, { key: 'hello', accuracy: 0.8 }];
    const js = jsConsensus('AUDIO', {}, votes);
    const sql = await sqlConsensus(votes, 0);
    expect(sql).toEqual({ voteKey: js.voteKey, votes: js.votes, confidence: expect.closeTo(js.confidence, 12) });
  });

  it('agrees with consensusOf on random votes, accuracies at and beyond the clamp included', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const accuracies = [0, 1, 0.5, 0.7];
    for (let round = 0; round < 200; round++) {
      const choices = 2 + Math.floor(random() * 4);
      const votes = Array.from({ length: 1 + Math.floor(random() * 6) }, () => ({
        key: `l${Math.floor(random() * choices)}`,
        // Distinct accuracies mostly, so that no two keys tie up to rounding; the fixed ones tie exactly.
        accuracy: random() < 0.2 ? accuracies[Math.floor(random() * accuracies.length)] : random(),
      }));
      const js = jsConsensus('CLASSIFICATION', labels(choices), votes);
      const sql = await sqlConsensus(votes, choices);
      expect({ round, ...sql }).toEqual({ round, voteKey: js.voteKey, votes: js.votes, confidence: expect.closeTo(js.confidence, 9) });
    }
  });
});
