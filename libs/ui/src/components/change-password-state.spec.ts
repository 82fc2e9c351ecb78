import { ApiError } from '@fourmi/api-client';
import { describe, expect, it } from 'vitest';
import { changePasswordReducer, checkChangePassword, initialChangePasswordState, type ChangePasswordAction, type ChangePasswordState } from './change-password-state';

const run = (...actions: ChangePasswordAction[]): ChangePasswordState => actions.reduce(changePasswordReducer, initialChangePasswordState);
const fill = (currentPassword: string, newPassword: string, confirmPassword: string): ChangePasswordAction[] => [
  { type: 'edit', field: 'currentPassword', value: currentPassword },
  { type: 'edit', field: 'newPassword', value: newPassword },
  { type: 'edit', field: 'confirmPassword', value: confirmPassword },
];

describe('checkChangePassword', () => {
  it('lets through a draft whose confirmation is the new password, of 10 characters or more', () => {
    expect(checkChangePassword({ currentPassword: 'old one', newPassword: 'staple battery', confirmPassword: 'staple battery' })).toEqual({});
    expect(checkChangePassword({ currentPassword: 'x', newPassword: '0123456789', confirmPassword: '0123456789' })).toEqual({});
  });

  it('says the two new passwords differ on the confirmation, the field to type again', () => {
    expect(checkChangePassword({ currentPassword: 'old one', newPassword: 'staple battery', confirmPassword: 'staple batery' })).toEqual({
      confirmPassword: { key: 'ui.password.mismatch' },
    });
  });

  it('says which fields are empty, and a new password shorter than the API takes', () => {
    expect(checkChangePassword({ currentPassword: '', newPassword: '', confirmPassword: '' })).toEqual({
      currentPassword: { key: 'field.required' },
      newPassword: { key: 'field.required' },
      confirmPassword: { key: 'field.required' },
    });
    expect(checkChangePassword({ currentPassword: 'old one', newPassword: '123456789', confirmPassword: '123456789' })).toEqual({
      newPassword: { key: 'field.tooShort', min: 10 },
    });
  });
});

describe('changePasswordReducer', () => {
  it('keeps what is typed, and on submit the problems found here', () => {
    const state = run(...fill('old one', 'staple battery', 'staple'), { type: 'submit', error: undefined });
    expect(state.draft).toEqual({ currentPassword: 'old one', newPassword: 'staple battery', confirmPassword: 'staple' });
    expect(state.problems).toEqual({ confirmPassword: { key: 'ui.password.mismatch' } });
    // Corrected, the next submit finds nothing.
    expect(changePasswordReducer(changePasswordReducer(state, { type: 'edit', field: 'confirmPassword', value: 'staple battery' }), { type: 'submit', error: undefined }).problems).toEqual({});
  });

  it('hides the API’s refusal of an earlier attempt once an attempt is refused here, and not otherwise', () => {
    const wrong = new ApiError('Wrong password', 'BAD_USER_INPUT', [{ path: 'currentPassword', message: 'Wrong password' }]);
    expect(run(...fill('other', 'staple battery', 'staple'), { type: 'submit', error: wrong }).staleError).toBe(wrong);
    expect(run(...fill('other', 'staple battery', 'staple battery'), { type: 'submit', error: wrong }).staleError).toBeNull();
  });

  it('empties every field once changed, and says so until the next submit', () => {
    const changed = run(...fill('old one', 'staple battery', 'staple battery'), { type: 'submit', error: undefined }, { type: 'changed' });
    expect(changed).toEqual({ ...initialChangePasswordState, changed: true });
    expect(changePasswordReducer(changed, { type: 'submit', error: undefined }).changed).toBe(false);
  });
});
