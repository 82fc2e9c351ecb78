import { WorkerSignInDocument, WorkerSignUpDocument, type WorkerSessionUserFragment } from '@fourmi/api-client';
import { useLocale, useMutation, type SignInValues, type SignUpValues } from '@fourmi/ui';
import { useState } from 'react';
import { useSession } from './useSession';

/** Only accounts with the WORKER role can use this app. */
export function canWork(user: Pick<WorkerSessionUserFragment, 'roles'>): boolean {
  return user.roles.includes('WORKER');
}

export function useSignIn() {
  const { mutate, loading, error } = useMutation(WorkerSignInDocument);
  const { signIn } = useSession();
  const [wrongRole, setWrongRole] = useState(false);
  const run = async (values: SignInValues) => {
    setWrongRole(false);
    const result = await mutate({ input: values });
    if (!result.ok) return;
    if (!canWork(result.data.signIn.user)) return setWrongRole(true);
    signIn(result.data.signIn.token);
  };
  return { signIn: run, loading, error, wrongRole };
}

export function useSignUp() {
  const { mutate, loading, error } = useMutation(WorkerSignUpDocument);
  const { signIn } = useSession();
  const { locale } = useLocale();
  const run = async (values: SignUpValues) => {
    const result = await mutate({ input: { ...values, role: 'WORKER', locale } });
    if (result.ok) signIn(result.data.signUp.token);
  };
  return { signUp: run, loading, error };
}
