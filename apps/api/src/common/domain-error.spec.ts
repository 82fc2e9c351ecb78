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
