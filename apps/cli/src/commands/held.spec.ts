import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const request = (over: Record<string, unknown>) => ({
  id: '12',
  assignmentIds: ['1', '2', '3'],
  reason: 'Wrong label',
  why: "3 of the batch's 10 answers would be rejected (over 20%)",
  status: 'PENDING',
  decisionNote: null,
  createdAt: '2026-12-07T20:11:42.000Z',
  decidedAt: null,
  ...over,
});

describe('fourmi held', () => {
  it('lists the pending requests, then the decided ones with the admin’s note', async () => {
    const api = graphqlFetch(() => ({
      data: { heldRejections: [request({}), request({ id: '9', assignmentIds: ['4'], status: 'DECLINED', decisionNote: 'Right answers', decidedAt: '2026-12-07T21:00:05.000Z' })] },
    }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['held', 'p-1'], ctx)).toBe(0);
    expect(api.calls[0]).toMatchObject({ query: expect.stringContaining('heldRejections'), variables: { id: 'p-1' } });
    expect(ctx.stdout.text.split('\n')).toEqual([
      'REQUEST  STATUS    ANSWERS  SENT              DECIDED           WHY                                                       NOTE',
      "12       PENDING         3  2026-12-07 20:11  -                 3 of the batch's 10 answers would be rejected (over 20%)  -",
      "9        DECLINED        1  2026-12-07 20:11  2026-12-07 21:00  3 of the batch's 10 answers would be rejected (over 20%)  Right answers",
      '',
    ]);
  });

  it('says so when nothing was ever held', async () => {
    const api = graphqlFetch(() => ({ data: { heldRejections: [] } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['held', 'p-1'], ctx)).toBe(0);
    expect(ctx.stdout.text).toBe('');
    expect(ctx.stderr.text).toBe('No rejection of this project was held for an admin.\n');
  });

  it('shows the API’s refusal of someone else’s project', async () => {
    const api = graphqlFetch(() => ({ errors: [{ message: 'No such project', extensions: { code: 'NOT_FOUND' } }] }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['held', 'p-9'], ctx)).toBe(1);
    expect(ctx.stderr.text).toBe('fourmi held: No such project (NOT_FOUND)\n');
  });
});
