import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';
import { parseKind, parseLabels } from './create-project';

const created = { data: { createProject: { id: 'p-1', name: 'Sentiment', kind: 'CLASSIFICATION', rewardCents: 5, overlap: 3, currency: 'EUR' } } };
const base = ['create-project', '--name', 'Sentiment', '--kind', 'CLASSIFICATION', '--reward', '0.05', '--overlap', '3'];

describe('fourmi create-project', () => {
  it('reads labels, with an optional shown text', () => {
    expect(parseLabels('positive, neutral ,negative,')).toEqual([
      { value: 'positive', text: 'positive' },
      { value: 'neutral', text: 'neutral' },
      { value: 'negative', text: 'negative' },
    ]);
    expect(parseLabels('pos=Positive,neg=Not at all')).toEqual([
      { value: 'pos', text: 'Positive' },
      { value: 'neg', text: 'Not at all' },
    ]);
    expect(() => parseLabels('only')).toThrow('--labels needs at least 2 labels, comma-separated (got 1)');
    expect(() => parseLabels('a,b,a')).toThrow('--labels: "a" is given twice');
    expect(() => parseLabels('a,=B')).toThrow('--labels: "=B" needs a value and a text');
    expect(parseKind('multi-label')).toBe('MULTI_LABEL');
    expect(() => parseKind('poll')).toThrow(/--kind must be one of CLASSIFICATION, .*, not "poll"/);
  });

  it('sends the reward in cents, the labels and the instructions, and prints the id', async () => {
    const api = graphqlFetch(() => created);
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    const instructions = join(ctx.homedir, 'instructions.md');
    writeFileSync(instructions, 'Choose the **sentiment**.');
    expect(await runCli([...base, '--labels', 'positive,neutral,negative', '--instructions-file', instructions], ctx)).toBe(0);
    expect(api.calls[0].variables).toEqual({
      input: {
        name: 'Sentiment',
        kind: 'CLASSIFICATION',
        config: { labels: [{ value: 'positive', text: 'positive' }, { value: 'neutral', text: 'neutral' }, { value: 'negative', text: 'negative' }] },
        rewardCents: 5,
        overlap: 3,
        instructions: 'Choose the **sentiment**.',
      },
    });
    expect(ctx.stdout.text).toBe('p-1\n');
    expect(ctx.stderr.text).toBe('Created project "Sentiment" (CLASSIFICATION, 0.05 EUR × 3 answers per item)\n');
  });

  it('takes a config file for kinds without labels', async () => {
    const api = graphqlFetch(() => created);
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    const config = join(ctx.homedir, 'config.json');
    writeFileSync(config, '{"categories":[]}');
    expect(await runCli([...base, '--config-file', config], ctx)).toBe(0);
    expect((api.calls[0].variables.input as { config: unknown }).config).toEqual({ categories: [] });
  });

  it('says "1 answer" for an overlap of 1', async () => {
    const api = graphqlFetch(() => ({ data: { createProject: { ...created.data.createProject, overlap: 1 } } }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli([...base.slice(0, -1), '1', '--labels', 'a,b'], ctx)).toBe(0);
    expect(ctx.stderr.text).toBe('Created project "Sentiment" (CLASSIFICATION, 0.05 EUR × 1 answer per item)\n');
  });

  it('names each missing or bad option before calling the API', async () => {
    const cases: [string[], string][] = [
      [['create-project'], 'missing --name'],
      [['create-project', '--name', 'x'], 'missing --kind (CLASSIFICATION, MULTI_LABEL, CATEGORIZATION, AUDIO, UI_FEEDBACK)'],
      [[...base.slice(0, 5)], 'missing --reward (e.g. 0.05)'],
      [[...base.slice(0, 5), '--reward', '0.001', '--overlap', '3'], '--reward has more than 2 decimals ("0.001"): amounts are whole cents'],
      [[...base.slice(0, 7)], 'missing --overlap (answers per item)'],
      [[...base.slice(0, 7), '--overlap', '50'], '--overlap must be between 1 and 20, not 50'],
      [base, 'missing --labels (or --config-file with the task kind’s config, or "config" in --project-file)'],
      [[...base, '--config-file', '/nonexistent/config.json'], '--config-file: cannot read /nonexistent/config.json (ENOENT)'],
    ];
    for (const [args, message] of cases) {
      const ctx = testContext({ env: { FOURMI_TOKEN: 't' } });
      expect(await runCli(args, ctx)).toBe(1);
      expect(ctx.stderr.text.split('\n')[0]).toBe(`fourmi create-project: ${message}`);
    }
  });

  it('takes the whole project from a file, options overriding it, and names what neither gives', async () => {
    const api = graphqlFetch(() => created);
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    const file = join(ctx.homedir, 'project.json');
    const project = {
      name: 'Sentiment',
      kind: 'CLASSIFICATION',
      config: { labels: [{ value: 'pos', text: 'Positive' }, { value: 'neg', text: 'Negative' }] },
      rewardCents: 5,
      overlap: 5,
      goldRatio: 0.1,
      qualityRules: { minOverlap: 2, confidenceTarget: 0.9 },
      languages: ['fr'],
    };
    writeFileSync(file, JSON.stringify(project));
    expect(await runCli(['create-project', '--project-file', file, '--overlap', '4', '--reward', '0.07'], ctx)).toBe(0);
    expect(api.calls[0].variables).toEqual({ input: { ...project, overlap: 4, rewardCents: 7, instructions: '' } });
    expect(ctx.stdout.text).toBe('p-1\n');

    writeFileSync(file, JSON.stringify({ kind: 'CLASSIFICATION' }));
    const missing = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['create-project', '--project-file', file], missing)).toBe(1);
    expect(missing.stderr.text.split('\n')[0]).toBe('fourmi create-project: missing --name (or "name" in --project-file)');
    writeFileSync(file, '[1, 2]');
    const notObject = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['create-project', '--project-file', file], notObject)).toBe(1);
    expect(notObject.stderr.text).toContain('--project-file: ');
    expect(notObject.stderr.text).toContain('must hold a JSON object');
  });

  it('shows the API’s error, field by field', async () => {
    const api = graphqlFetch(() => ({
      errors: [{ message: 'Some fields are not valid', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'name', message: 'Too long' }, { path: 'config.labels[0].value', message: 'Too long' }] } }],
    }));
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli([...base, '--labels', 'a,b'], ctx)).toBe(1);
    expect(ctx.stderr.text).toBe('fourmi create-project: Some fields are not valid\n  name: Too long\n  config.labels[0].value: Too long\n');
  });
});
