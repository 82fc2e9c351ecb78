import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const current = { data: { project: { name: 'Sentiment', instructions: 'Old words.' } } };

function fakeApi() {
  return graphqlFetch((query, variables) => {
    if (query.includes('updateProject')) {
      const input = variables['input'] as { id: string; name: string };
      return { data: { updateProject: { id: input.id, name: input.name } } };
    }
    return current;
  });
}

describe('fourmi update-project', () => {
  it('renames a project, keeping its instructions', async () => {
    const api = fakeApi();
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['update-project', 'p-1', '--name', 'Tone'], ctx)).toBe(0);
    expect(api.calls[1].variables).toEqual({ input: { id: 'p-1', name: 'Tone', instructions: 'Old words.' } });
    expect(ctx.stderr.text).toBe('Updated the name of project "Tone" (p-1)\n');
  });

  it('rewrites the instructions from a file, keeping the name, or both', async () => {
    const api = fakeApi();
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    const file = join(ctx.homedir, 'instructions.md');
    writeFileSync(file, 'Read **twice**.');
    expect(await runCli(['update-project', 'p-1', '--instructions-file', file], ctx)).toBe(0);
    expect(api.calls[1].variables).toEqual({ input: { id: 'p-1', name: 'Sentiment', instructions: 'Read **twice**.' } });
    expect(ctx.stderr.text).toBe('Updated the instructions of project "Sentiment" (p-1)\n');
    const both = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['update-project', 'p-1', '--name', 'Tone', '--instructions-file', file], both)).toBe(0);
    expect(api.calls[3].variables).toEqual({ input: { id: 'p-1', name: 'Tone', instructions: 'Read **twice**.' } });
    expect(both.stderr.text).toBe('Updated the name and instructions of project "Tone" (p-1)\n');
  });

  it('needs something to change, a name that is not blank, and a readable file', async () => {
    const cases: [string[], RegExp][] = [
      [['update-project', 'p-1'], /give --name, --instructions-file, --gold-ratio or several/],
      [['update-project', 'p-1', '--name', '  '], /--name must not be empty/],
      [['update-project', 'p-1', '--instructions-file', '/no/such/file.md'], /--instructions-file: cannot read \/no\/such\/file\.md \(ENOENT\)/],
    ];
    for (const [args, message] of cases) {
      const ctx = testContext({ env: { FOURMI_TOKEN: 't' } });
      expect(await runCli(args, ctx)).toBe(1);
      expect(ctx.stderr.text).toMatch(message);
    }
  });

  it('changes the gold ratio, as a fraction or a percentage, keeping the rest', async () => {
    const api = fakeApi();
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['update-project', 'p-1', '--gold-ratio', '0.2'], ctx)).toBe(0);
    expect(api.calls[1].variables).toEqual({ input: { id: 'p-1', name: 'Sentiment', instructions: 'Old words.', goldRatio: 0.2 } });
    expect(ctx.stderr.text).toBe('Updated the gold ratio of project "Sentiment" (p-1)\n');
    const both = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['update-project', 'p-1', '--name', 'Tone', '--gold-ratio', '12.5%'], both)).toBe(0);
    expect(api.calls[3].variables).toEqual({ input: { id: 'p-1', name: 'Tone', instructions: 'Old words.', goldRatio: 0.125 } });
    expect(both.stderr.text).toBe('Updated the name and gold ratio of project "Tone" (p-1)\n');
  });

  it('refuses a gold ratio outside 0 to 0.5, naming the option, before asking the API', async () => {
    for (const bad of ['0.6', '60%', '-0.1', 'half', '']) {
      const api = fakeApi();
      const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
      expect(await runCli(['update-project', 'p-1', `--gold-ratio=${bad}`], ctx)).not.toBe(0);
      expect(ctx.stderr.text).toContain(`--gold-ratio must be from 0 to 0.5 (or 0% to 50%), not "${bad}"`);
      expect(api.calls).toHaveLength(0);
    }
  });
});
