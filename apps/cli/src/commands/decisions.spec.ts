import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const reviewed = (ids: unknown, status: string) => (ids as string[]).map((id) => ({ id, status }));

describe('fourmi accept and reject', () => {
  it('accepts the ids given', async () => {
    const api = graphqlFetch((_, { ids }) => ({ data: { acceptAssignments: reviewed(ids, 'ACCEPTED') } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['accept', '12', '21'], ctx)).toBe(0);
    expect(api.calls[0].query).toContain('acceptAssignments');
    expect(api.calls[0].variables).toEqual({ ids: ['12', '21'] });
    expect(ctx.stdout.text).toBe('');
    expect(ctx.stderr.text).toBe("Accepted 2 answers; each worker is paid from the batch's escrow\n");
  });

  it('reads ids from standard input with -', async () => {
    const api = graphqlFetch((_, { ids }) => ({ data: { rejectAssignments: reviewed(ids, 'REJECTED') } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' }, stdinText: '12\n5511 77\n' });
    expect(await runCli(['reject', '-', '--reason', 'Did not read the text'], ctx)).toBe(0);
    expect(api.calls[0].variables).toEqual({ ids: ['12', '5511', '77'], reason: 'Did not read the text' });
    expect(ctx.stderr.text).toBe('Rejected 3 answers; the workers see your reason\n');
  });

  it('needs ids, and a reason to reject', async () => {
    const none = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['accept'], none)).toBe(1);
    expect(none.stderr.text).toBe('fourmi accept: missing ASSIGNMENT_ID...\n(see `fourmi accept --help`)\n');
    const empty = testContext({ env: { FOURMI_TOKEN: 't' }, stdinText: '\n' });
    expect(await runCli(['accept', '-'], empty)).toBe(1);
    expect(empty.stderr.text).toBe('fourmi accept: no assignment id on standard input\n(see `fourmi accept --help`)\n');
    const noReason = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['reject', '12'], noReason)).toBe(1);
    expect(noReason.stderr.text).toBe('fourmi reject: missing --reason (shown to the workers)\n(see `fourmi reject --help`)\n');
  });

  it('names the assignment the API refuses by its id, not its position', async () => {
    const api = graphqlFetch(() => ({
      errors: [
        {
          message: '2 assignments cannot be accepted; nothing was changed',
          extensions: { code: 'CONFLICT', fields: [{ path: 'ids[0]', message: 'Assignment 12 is rejected' }, { path: 'ids[1]', message: 'Not an assignment id' }] },
        },
      ],
    }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['accept', '12', 'x'], ctx)).toBe(1);
    expect(ctx.stderr.text).toBe(
      'fourmi accept: 2 assignments cannot be accepted; nothing was changed (CONFLICT)\n  assignment 12: Assignment 12 is rejected\n  assignment x: Not an assignment id\n',
    );
  });
});
