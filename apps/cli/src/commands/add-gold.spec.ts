import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli';
import { graphqlFetch, testContext } from '../test-context';

const added = { data: { addGoldItems: { id: 'gold-batch', itemCount: 12 } } };

describe('fourmi add-gold', () => {
  it('sends every row of a CSV as a gold item and says how many were added', async () => {
    const api = graphqlFetch(() => added);
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    const file = join(ctx.homedir, 'gold.csv');
    writeFileSync(file, 'text,answer_label,explanation\nLoved it,pos,Clear praise\nAwful,neg,\n');
    expect(await runCli(['add-gold', 'p-1', file], ctx)).toBe(0);
    expect(api.calls).toHaveLength(1);
    expect(api.calls[0].query).toContain('addGoldItems');
    expect(api.calls[0].variables).toEqual({
      input: {
        projectId: 'p-1',
        items: [
          { input: { text: 'Loved it' }, answer: { label: 'pos' }, explanation: 'Clear praise' },
          { input: { text: 'Awful' }, answer: { label: 'neg' } },
        ],
      },
    });
    expect(ctx.stderr.text).toBe('Added 2 gold items to project p-1 (12 gold items in all)\n');
    expect(ctx.stdout.text).toBe('');
  });

  it('sends nothing when a row is wrong, naming each row and field', async () => {
    const api = graphqlFetch(() => added);
    const ctx = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    const file = join(ctx.homedir, 'gold.jsonl');
    writeFileSync(file, '{"input":{"text":"a"},"answer":{"label":"pos"}}\n{"input":{"text":"b"}}\n{oops\n');
    expect(await runCli(['add-gold', 'p-1', file], ctx)).toBe(1);
    expect(api.calls).toHaveLength(0);
    expect(ctx.stderr.text).toBe(`fourmi add-gold: ${file} has 2 problems; nothing was added\n  row 2 (answer): give the right answer\n  row 3: is not valid JSON\n`);
  });

  it('shows the API’s refusal of rows as each row and field', async () => {
    // One problem: the API puts its path in the message; several: it lists each, by path.
    const answers = [
      { errors: [{ message: 'items[1].answer.label: Row 2: Unknown label "maybe".', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: 'items[1].answer.label', message: 'Row 2: Unknown label "maybe".' }] } }] },
      {
        errors: [
          {
            message: '2 gold items are not valid; nothing was added',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [
                { path: 'items[0].input', message: 'Row 1: Needs a text, an imageUrl, or both.' },
                { path: 'items[1].answer.label', message: 'Row 2: Unknown label "maybe".' },
              ],
            },
          },
        ],
      },
    ];
    const api = graphqlFetch(() => answers.shift());
    const one = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    const file = join(one.homedir, 'gold.csv');
    writeFileSync(file, 'text,answer_label\na,pos\nb,maybe\n');
    expect(await runCli(['add-gold', 'p-1', file], one)).toBe(1);
    expect(one.stderr.text).toBe(`fourmi add-gold: ${file} has a problem; nothing was added\n  row 2 (answer.label): Unknown label "maybe".\n`);
    const two = testContext({ fetch: api.fetch, env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['add-gold', 'p-1', file], two)).toBe(1);
    expect(two.stderr.text).toBe('fourmi add-gold: 2 gold items are not valid; nothing was added\n  row 1 (input): Needs a text, an imageUrl, or both.\n  row 2 (answer.label): Unknown label "maybe".\n');
  });

  it('names a file it cannot use before calling the API', async () => {
    const ctx = testContext({ env: { FOURMI_TOKEN: 't' } });
    const empty = join(ctx.homedir, 'empty.csv');
    writeFileSync(empty, 'text,answer_label\n');
    expect(await runCli(['add-gold', 'p-1', empty], ctx)).toBe(1);
    expect(ctx.stderr.text).toBe(`fourmi add-gold: ${empty}: holds no gold items; nothing was added\n`);
    const missing = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['add-gold', 'p-1', join(missing.homedir, 'none.jsonl')], missing)).toBe(1);
    expect(missing.stderr.text).toMatch(/^fourmi add-gold: FILE: cannot read .*none\.jsonl \(ENOENT\)\n$/);
    const wrongKind = testContext({ env: { FOURMI_TOKEN: 't' } });
    expect(await runCli(['add-gold', 'p-1', 'gold.txt'], wrongKind)).toBe(1);
    expect(wrongKind.stderr.text).toContain('cannot tell the format of gold.txt');
  });
});
