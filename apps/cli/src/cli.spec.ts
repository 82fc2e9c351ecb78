import { describe, expect, it } from 'vitest';
import { COMMANDS, runCli } from './cli';
import { testContext } from './test-context';

describe('fourmi', () => {
  it('lists the commands with --help, and shows each command’s help', async () => {
    const ctx = testContext();
    expect(await runCli(['--help'], ctx)).toBe(0);
    for (const command of COMMANDS) expect(ctx.stdout.text).toContain(`  ${command.name}`);
    for (const command of COMMANDS) {
      const one = testContext();
      expect(await runCli([command.name, '--help'], one)).toBe(0);
      expect(one.stdout.text).toMatch(new RegExp(`^usage: fourmi ${command.name}`));
      const viaHelp = testContext();
      expect(await runCli(['help', command.name], viaHelp)).toBe(0);
      expect(viaHelp.stdout.text).toBe(one.stdout.text);
    }
  });

  it('fails with 1 and says why: no command, an unknown one, a bad option', async () => {
    const none = testContext();
    expect(await runCli([], none)).toBe(1);
    expect(none.stderr.text).toMatch(/^usage: fourmi COMMAND/);
    const unknown = testContext();
    expect(await runCli(['uplod'], unknown)).toBe(1);
    expect(unknown.stderr.text).toMatch(/^fourmi: unknown command "uplod"\n/);
    const bad = testContext();
    expect(await runCli(['projects', '--colour'], bad)).toBe(1);
    expect(bad.stderr.text).toBe("fourmi projects: Unknown option '--colour'\n(see `fourmi projects --help`)\n");
  });

  it('treats --help after -- as an argument', async () => {
    const ctx = testContext();
    expect(await runCli(['aggregate', '--method', 'mv', '--', '--help'], ctx)).toBe(1);
    expect(ctx.stderr.text).toContain('cannot read --help: no such file');
  });
});
