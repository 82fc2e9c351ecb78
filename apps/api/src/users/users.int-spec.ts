import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { Role } from './user.entity';

const UPDATE = `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { displayName locale languages } }`;
const ME = `{ me { displayName locale languages } }`;

describe('profile', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('saves the name, the interface language and the languages worked in, and `me` tells them', async () => {
    const worker = await t.user(Role.WORKER, 'ada');
    const saved = await t.gql(UPDATE, { input: { displayName: '  Ada L.  ', locale: 'fr', languages: ['de', 'fr', 'de'] } }, worker.token);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.updateProfile).toEqual({ displayName: 'Ada L.', locale: 'fr', languages: ['de', 'fr'] });
    expect((await t.gql(ME, {}, worker.token)).data?.me).toEqual({ displayName: 'Ada L.', locale: 'fr', languages: ['de', 'fr'] });

    // Only what is given changes: the header's language switch sends the locale alone.
    await t.gql(UPDATE, { input: { locale: 'en' } }, worker.token);
    expect((await t.gql(ME, {}, worker.token)).data?.me).toEqual({ displayName: 'Ada L.', locale: 'en', languages: ['de', 'fr'] });
  });

  it('refuses a blank name, an unknown interface language and a bad language code, each under its field, and changes nothing', async () => {
    const worker = await t.user(Role.WORKER, 'bob');
    const refused = await t.gql(UPDATE, { input: { displayName: '   ', locale: 'de', languages: ['fr', 'French'] } }, worker.token);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields).toEqual(
      expect.arrayContaining([
        { path: 'displayName', message: 'Enter a name of 1 to 80 characters', reason: { key: 'field.lengthBetween', params: { min: 1, max: 80 } } },
        { path: 'locale', message: 'Choose en or fr', reason: { key: 'field.notOneOf', params: { values: ['en', 'fr'] } } },
        { path: 'languages', message: 'Use two-letter language codes such as en or fr', reason: { key: 'field.badFormat', params: {} } },
      ]),
    );
    expect((await t.gql(ME, {}, worker.token)).data?.me).toEqual({ displayName: 'bob', locale: 'en', languages: [] });
  });
});
