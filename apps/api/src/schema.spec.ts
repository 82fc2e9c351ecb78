import { describe, expect, it } from 'vitest';
import { printApiSchema } from './schema';

describe('schema.gql', () => {
  // The committed schema is the contract the apps generate their types from; `npx vitest run -u
  // --project api` rewrites it after a deliberate change.
  it('is up to date with the code-first API', async () => {
    await expect(await printApiSchema()).toMatchFileSnapshot('../schema.gql');
  });
});
