import { ApiError, type TypedDocumentNode } from '@fourmi/api-client';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { usePasswordReset, type PasswordReset } from './usePasswordReset';

// The mutation and the session without a server: these specs read what the hook does with the answer.
const api = vi.hoisted(() => ({ mutate: vi.fn(), signIn: vi.fn() }));
vi.mock('./hooks', () => ({ useMutation: () => ({ mutate: api.mutate, loading: false, error: undefined, reset: vi.fn() }) }));
vi.mock('./ApiProvider', () => ({ useAuth: () => ({ token: null, signIn: api.signIn, signOut: vi.fn() }) }));

const document = {} as TypedDocumentNode<{ resetPassword: { token: string } }, { ticket: string; newPassword: string }>;

function hook(): PasswordReset {
  let result: PasswordReset | undefined;
  function Probe() {
    result = usePasswordReset(document);
    return null;
  }
  renderToStaticMarkup(<Probe />);
  if (!result) throw new Error('not rendered');
  return result;
}

describe('usePasswordReset', () => {
  beforeEach(() => {
    api.mutate.mockReset();
    api.signIn.mockReset();
  });

  it('sends the link’s ticket with the new password, and signs the person in with the token the API gives', async () => {
    api.mutate.mockResolvedValue({ ok: true, data: { resetPassword: { token: 'their token' } } });
    expect(await hook().reset('v1.abc.def', 'staple battery horse')).toBe(true);
    expect(api.mutate).toHaveBeenCalledWith({ ticket: 'v1.abc.def', newPassword: 'staple battery horse' });
    expect(api.signIn).toHaveBeenCalledWith('their token');
  });

  it('signs nobody in when the link is refused', async () => {
    api.mutate.mockResolvedValue({ ok: false, error: new ApiError('This link has expired or was already used', 'FORBIDDEN', [], 403, { key: 'auth.resetLinkInvalid', params: {} }) });
    expect(await hook().reset('v1.abc.def', 'staple battery horse')).toBe(false);
    expect(api.signIn).not.toHaveBeenCalled();
  });
});
