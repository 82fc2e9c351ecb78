import type { ApiError, TypedDocumentNode } from '@fourmi/api-client';
import { useCallback } from 'react';
import type { ChangePasswordValues } from '../components/change-password-state';
import { useAuth } from './ApiProvider';
import { useMutation } from './hooks';

export interface PasswordChange {
  /** Changes the password; resolves true once changed and this session's new token is kept. */
  change(values: ChangePasswordValues): Promise<boolean>;
  loading: boolean;
  error: ApiError | undefined;
}

/**
 * The signed-in user's password change with the app's `changePassword` document. The API ends every
 * session of the account, this one's token included, and answers with a new token for this one: kept
 * at once (`useAuth().signIn`), or the next request would be refused and the user signed out.
 */
export function usePasswordChange(document: TypedDocumentNode<{ changePassword: { token: string } }, { input: ChangePasswordValues }>): PasswordChange {
  const { mutate, loading, error } = useMutation(document);
  const { signIn } = useAuth();
  const change = useCallback(
    async (values: ChangePasswordValues) => {
      const result = await mutate({ input: values });
      if (result.ok) signIn(result.data.changePassword.token);
      return result.ok;
    },
    [mutate, signIn],
  );
  return { change, loading, error };
}
