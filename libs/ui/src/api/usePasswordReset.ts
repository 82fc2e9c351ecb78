import type { ApiError, TypedDocumentNode } from '@fourmi/api-client';
import { useCallback } from 'react';
import { useAuth } from './ApiProvider';
import { useMutation } from './hooks';

export interface PasswordReset {
  /** Sets the new password with the link's ticket; resolves true once set and the person signed in. */
  reset(ticket: string, newPassword: string): Promise<boolean>;
  loading: boolean;
  error: ApiError | undefined;
}

/**
 * A reset link's new password with the app's `resetPassword` document. The API ends the account's other
 * sessions and answers with a token: kept at once (`useAuth().signIn`), so the person is signed in here.
 */
export function usePasswordReset(document: TypedDocumentNode<{ resetPassword: { token: string } }, { ticket: string; newPassword: string }>): PasswordReset {
  const { mutate, loading, error } = useMutation(document);
  const { signIn } = useAuth();
  const reset = useCallback(
    async (ticket: string, newPassword: string) => {
      const result = await mutate({ ticket, newPassword });
      if (result.ok) signIn(result.data.resetPassword.token);
      return result.ok;
    },
    [mutate, signIn],
  );
  return { reset, loading, error };
}
