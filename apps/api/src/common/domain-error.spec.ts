import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REFUSALS } from '@fourmi/task-kinds';
import { describe, expect, it } from 'vitest';
import { DomainError, fieldProblem } from './domain-error';
import { restErrorBody } from './domain-error.filter';
import { formatGraphqlError } from './graphql-errors';

class ShelfError extends DomainError {}

const SRC = join(__dirname, '..');

/** The API's own source files (not its specs), with their text. */
function sources(dir = SRC): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!entry.name.endsWith('.ts') || /\.(int-)?spec\.ts$/.test(entry.name)) return [];
    return [{ file: relative(SRC, path), text: readFileSync(path, 'utf8') }];
  });
}

describe('DomainError.notFound', () => {
  it('refuses with NOT_FOUND, its English as written and a reason the apps word', () => {
    const error = ShelfError.notFound('No such project', 'project.notFound', [fieldProblem('projectId', 'No such project', 'field.projectNotFound')]);
    expect(error).toBeInstanceOf(ShelfError);
    expect(error.name).toBe('ShelfError');
    const formatted = formatGraphqlError({ message: error.message, path: ['ban'] }, error);
    expect(formatted).toEqual({
      message: 'No such project',
      path: ['ban'],
      extensions: {
        code: 'NOT_FOUND',
        fields: [{ path: 'projectId', message: 'No such project', reason: { key: 'field.projectNotFound', params: {} } }],
        reason: { key: 'project.notFound', params: {} },
      },
    });
  });

  it('gives REST clients (an upload, an export) the same reason', () => {
    expect(restErrorBody(ShelfError.notFound('No such project', 'project.notFound'))).toEqual({
      error: { code: 'NOT_FOUND', message: 'No such project', fields: [], reason: { key: 'project.notFound', params: {} } },
    });
  });

  it('carries the values its sentence names', () => {
    expect(ShelfError.notFound('3 assignments were not found; nothing was changed', 'review.notFound', [], { count: 3 }).reason).toEqual({
      key: 'review.notFound',
      params: { count: 3 },
    });
  });
});

describe('the API’s not-found refusals', () => {
  const files = sources();

  it('are read from the whole source tree', () => {
    expect(files.map((f) => f.file)).toEqual(expect.arrayContaining(['common/domain-error.ts', join('projects', 'projects.service.ts')]));
  });

  // A `new XError('NOT_FOUND', …)` would reach a French user in English: every one goes through notFound, which needs a key.
  it('are all made by notFound, so each carries a reason', () => {
    const allowed = ['common/domain-error.ts', 'common/domain-error.filter.ts'].map((f) => join(...f.split('/')));
    const elsewhere = files.filter((f) => !allowed.includes(f.file) && /['"`]NOT_FOUND['"`]/.test(f.text)).map((f) => f.file);
    expect(elsewhere).toEqual([]);
  });

  it('each name a key of REFUSALS, which the apps word', () => {
    const keys = files.flatMap((f) => [...f.text.matchAll(/\.notFound\(\s*[^,()]+,\s*'([\w.]+)'/g)].map((m) => m[1]));
    expect(keys.length).toBeGreaterThanOrEqual(20);
    expect(keys.filter((key) => !Object.hasOwn(REFUSALS, key))).toEqual([]);
  });
});

/** DomainError and the classes that extend it (each module names its own), from the source texts. */
function domainErrorClasses(texts: string[]): Set<string> {
  const classes = new Set(['DomainError']);
  const extending = texts.flatMap((text) => [...text.matchAll(/class (\w+) extends (\w+)/g)].map((m) => [m[1], m[2]]));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name, parent] of extending) {
      if (!classes.has(parent) || classes.has(name)) continue;
      classes.add(name);
      grew = true; // a class extending this one may come earlier in the list
    }
  }
  return classes;
}

/** Each `new SomeError(…)` of a source text for the classes given: where it is, and its arguments as written. */
function refusalsIn(text: string, classes: Set<string>): { line: number; args: string[] }[] {
  return [...text.matchAll(/new (\w+)\(/g)]
    .filter((m) => classes.has(m[1]))
    .map((m) => ({ line: text.slice(0, m.index).split('\n').length, args: argumentsAt(text, m.index + m[0].length) }));
}

/** The arguments, as written, of the call whose `(` is just before `start`: split at its own commas, not at nested ones. */
function argumentsAt(text: string, start: number): string[] {
  const args: string[] = [];
  let depth = 0;
  let quote = '';
  let from = start;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (depth > 0 && ')]}'.includes(c)) depth--;
    else if (depth === 0 && (c === ',' || c === ')')) {
      if (text.slice(from, i).trim()) args.push(text.slice(from, i).trim());
      if (c === ')') return args;
      from = i + 1;
    }
  }
  throw new Error(`No end to the call at ${start}`);
}

describe('the API’s other refusals', () => {
  const files = sources();
  /**
   * Refusals no user of the apps meets, with why: file, then the start of the English message.
   * Anything else a person can meet carries a reason, or a French user reads it in English.
   */
  const internal = [
    // An operation with neither @Public nor @Allow: the API's own mistake, caught by its specs.
    ['auth/auth.guard.ts', "'This operation is not open to anyone'"],
    // A script reading an old download link (a browser tab is shown expired-link-page.ts, in its language): no app words it.
    ['common/downloads.ts', '`This download link has expired'],
  ].map(([file, message]) => ({ file: join(...file.split('/')), message }));
  const isInternal = (file: string, args: string[]) => internal.some((i) => i.file === file && args[1]?.startsWith(i.message));
  const classes = domainErrorClasses(files.map((f) => f.text));
  const all = files.flatMap((f) =>
    refusalsIn(f.text, classes).map((r) => ({ ...r, file: f.file, at: `${f.file}:${r.line}`, code: /^['"`]([A-Z_]+)['"`]$/.exec(r.args[0] ?? '')?.[1] })),
  );

  it('are found wherever they are thrown, whichever module’s error class, their arguments read as written', () => {
    expect([...classes]).toEqual(expect.arrayContaining(['DomainError', 'AuthError', 'DispatchError', 'LedgerError']));
    expect(all.length).toBeGreaterThanOrEqual(30);
    expect(all.find((r) => r.code === 'LEASE_EXPIRED')?.args).toHaveLength(4);
    const tricky = "throw new ShelfError('CONFLICT', `a (${'b'}, c)`, [x(1, 2)], { key: 'k', params: { n: f(1, 2) } });";
    expect(refusalsIn(tricky, new Set(['ShelfError']))[0].args).toEqual([
      "'CONFLICT'",
      "`a (${'b'}, c)`",
      '[x(1, 2)]',
      "{ key: 'k', params: { n: f(1, 2) } }",
    ]);
  });

  // Only a code written out can be checked below.
  it('each name their code as written', () => {
    expect(all.filter((r) => !r.code).map((r) => r.at)).toEqual([]);
  });

  // BAD_USER_INPUT says what is wrong field by field, each field with its own reason; any other code
  // is a whole refusal the apps can only word from its reason.
  it('each carry a reason, or field problems for invalid input, unless no user can meet them', () => {
    const bare = all.filter((r) => !isInternal(r.file, r.args) && (r.code === 'BAD_USER_INPUT' ? r.args.length < 3 : r.args.length < 4 || r.args[3] === 'undefined'));
    expect(bare.map((r) => `${r.at} ${r.code} ${r.args[1]}`)).toEqual([]);
  });

  it('allow only refusals that exist', () => {
    const unused = internal.filter((i) => !all.some((r) => isInternal(r.file, r.args) && r.file === i.file && r.args[1]?.startsWith(i.message)));
    expect(unused).toEqual([]);
  });
});
