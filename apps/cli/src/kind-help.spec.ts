import { taskKinds } from '@fourmi/task-kinds';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli';
import { TASK_KINDS } from './commands/create-project';
import { KIND_GUIDES } from './kind-help';
import { testContext } from './test-context';

describe('the task kinds in create-project --help', () => {
  it('covers every kind the CLI takes', () => {
    expect(KIND_GUIDES.map((g) => g.kind)).toEqual([...TASK_KINDS]);
  });

  it.each(KIND_GUIDES)('gives a config, an item and an answer that $kind accepts', (guide) => {
    const kind = taskKinds[guide.kind];
    const config = kind.parseConfig(guide.config);
    expect(config).toMatchObject({ ok: true });
    if (!config.ok) return;
    const input = kind.parseInput(guide.item, config.value as never);
    expect(input).toMatchObject({ ok: true });
    if (!input.ok) return;
    expect(kind.parseAnswer(guide.answer, config.value as never, input.value as never)).toMatchObject({ ok: true });
  });

  it('is shown, with each kind’s config', async () => {
    const ctx = testContext();
    expect(await runCli(['create-project', '--help'], ctx)).toBe(0);
    for (const guide of KIND_GUIDES) expect(ctx.stdout.text).toContain(`  ${guide.kind}\n    item    ${JSON.stringify(guide.item)}`);
    expect(ctx.stdout.text).toContain('aloneLabels');
    expect(ctx.stdout.text).toContain('"transcribe":true');
  });
});
