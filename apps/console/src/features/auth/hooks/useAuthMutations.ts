import { ConsoleSignInDocument, ConsoleSignUpDocument, type ConsoleSessionUserFragment } from '@fourmi/api-client';
import { useLocale, useMutation, type SignInValues, type SignUpValues } from '@fourmi/ui';
import { useState } from 'react';
import { useSession } from './useSession';

/** Requesters (and admins) use the console. */
export function canUseConsole(user: Pick<ConsoleSessionUserFragment, 'roles'>): boolean {
  return user.roles.includes('REQUESTER') || user.roles.includes('ADMIN');
}

export function useSignIn() {
  const { mutate, loading, error } = useMutation(ConsoleSignInDocument);
  const { signIn } = useSession();
  const [wrongRole, setWrongRole] = useState(false);
  const run = async (values: SignInValues) => {
    setWrongRole(false);
    const result = await mutate({ input: values });
    if (!result.ok) return;
    if (!canUseConsole(result.data.signIn.user)) return setWrongRole(true);
    signIn(result.data.signIn.token);
  };
  return { signIn: run, loading, error, wrongRole };
}

export function useSignUp() {
  const { mutate, loading, error } = useMutation(ConsoleSignUpDocument);
  const { signIn } = useSession();
  const { locale } = useLocale();
  const run = async (values: SignUpValues) => {
    const result = await mutate({ input: { ...values, role: 'REQUESTER', locale } });
    if (result.ok) signIn(result.data.signUp.token);
  };
  return { signUp: run, loading, error };
}
