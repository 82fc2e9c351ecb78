import { describe, expect, it } from 'vitest';
import { SignUpInput } from '../auth/dto/sign-up.input';
import { SubmitAnswerInput } from '../dispatch/dto/submit-answer.input';
import { CreateBatchInput } from '../batches/dto/create-batch.input';
import { GrantBonusInput } from '../review/dto/grant-bonus.input';
import { DomainError } from './domain-error';
import { inputValidationPipe } from './validation.pipe';

async function refusal(metatype: new () => object, value: object): Promise<DomainError> {
  try {
    await inputValidationPipe.transform(value, { type: 'body', metatype });
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('inputValidationPipe', () => {
  it('keeps the English message of each field and adds its reason, with the decorator’s arguments', async () => {
    const error = await refusal(SignUpInput, { email: 'not an email', password: 'long enough password', displayName: 'x'.repeat(81), role: 'ADMIN', locale: 'de' });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields).toEqual(
      expect.arrayContaining([
        { path: 'email', message: 'Enter a valid email address', reason: { key: 'field.notEmail', params: {} } },
        { path: 'displayName', message: 'Enter a name of 1 to 80 characters', reason: { key: 'field.lengthBetween', params: { min: 1, max: 80 } } },
        { path: 'role', message: 'Choose worker or requester', reason: { key: 'field.notOneOf', params: { values: ['WORKER', 'REQUESTER'] } } },
        { path: 'locale', message: 'Choose en or fr', reason: { key: 'field.notOneOf', params: { values: ['en', 'fr'] } } },
      ]),
    );
  });

  it('says the bounds of an amount in cents', async () => {
    const error = await refusal(GrantBonusInput, { assignmentId: 'a1', amountCents: 100_001, message: 'Thanks', idempotencyKey: 'bonus-key-1' });
    expect(error.fields).toEqual([{ path: 'amountCents', message: 'A bonus is at most 1,000.00', reason: { key: 'field.centsTooLarge', params: { count: 100_000 } } }]);
  });

  it('says an id that cannot name anything as its message says it, not as a malformed id', async () => {
    const batch = await refusal(CreateBatchInput, { projectId: 'not-a-project', items: [{ text: 'a' }] });
    expect(batch.fields).toEqual([{ path: 'projectId', message: 'No such project', reason: { key: 'field.projectNotFound', params: {} } }]);
    const answer = await refusal(SubmitAnswerInput, { assignmentId: 'abc', answer: { label: 'a' } });
    expect(answer.fields).toContainEqual({ path: 'assignmentId', message: 'No such assignment', reason: { key: 'field.assignmentNotFound', params: {} } });
  });
});
