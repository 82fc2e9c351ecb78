import { ApiError, type TypedDocumentNode } from '@fourmi/api-client';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangePasswordValues } from '../components/change-password-state';
import { usePasswordChange, type PasswordChange } from './usePasswordChange';

// The mutation and the session without a server: these specs read what the hook does with the answer.
const api = vi.hoisted(() => ({ mutate: vi.fn(), signIn: vi.fn() }));
vi.mock('./hooks', () => ({ useMutation: () => ({ mutate: api.mutate, loading: false, error: undefined, reset: vi.fn() }) }));
vi.mock('./ApiProvider', () => ({ useAuth: () => ({ token: 'old token', signIn: api.signIn, signOut: vi.fn() }) }));

const document = {} as TypedDocumentNode<{ changePassword: { token: string } }, { input: ChangePasswordValues }>;

function hook(): PasswordChange {
  let result: PasswordChange | undefined;
  function Probe() {
    result = usePasswordChange(document);
    return null;
  }
  renderToStaticMarkup(<Probe />);
  if (!result) throw new Error('not rendered');
  return result;
}

const values = { currentPassword: 'correct horse battery', newPassword: 'staple battery horse' };

describe('usePasswordChange', () => {
  beforeEach(() => {
    api.mutate.mockReset();
    api.signIn.mockReset();
  });

  it('keeps the new token the API gives this session, or its next request would be refused', async () => {
    api.mutate.mockResolvedValue({ ok: true, data: { changePassword: { token: 'new token' } } });
    expect(await hook().change(values)).toBe(true);
    expect(api.mutate).toHaveBeenCalledWith({ input: values });
    expect(api.signIn).toHaveBeenCalledWith('new token');
  });

  it('keeps the session as it was when the change is refused', async () => {
    const wrong = new ApiError('Wrong password', 'BAD_USER_INPUT', [{ path: 'currentPassword', message: 'Wrong password' }]);
    api.mutate.mockResolvedValue({ ok: false, error: wrong });
    expect(await hook().change(values)).toBe(false);
    expect(api.signIn).not.toHaveBeenCalled();
  });
});
