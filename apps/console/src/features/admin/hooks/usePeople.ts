import { ConsolePasswordResetLinkDocument, ConsolePeopleDocument, ConsoleReinstateAccountDocument, ConsoleSuspendAccountDocument, type Role } from '@fourmi/api-client';
import { useMutation, useQuery } from '@fourmi/ui';

export interface PeopleSearch {
  search: string;
  role: Role | '';
  offset: number;
}

export const PEOPLE_PAGE_SIZE = 25;

/** One page of the admins' directory: everyone, or those matching part of an email or name, of one role. */
export function usePeople({ search, role, offset }: PeopleSearch) {
  return useQuery(ConsolePeopleDocument, { search: search || null, role: role || null, offset, limit: PEOPLE_PAGE_SIZE });
}

/** Suspends an account (audited): the person is signed out within seconds and told the reason. */
export function useSuspendAccount() {
  return useMutation(ConsoleSuspendAccountDocument);
}

/** Reinstates a suspended account (audited). */
export function useReinstateAccount() {
  return useMutation(ConsoleReinstateAccountDocument);
}

/** A one-hour, single-use password reset link for a person who forgot theirs (audited with the reason). */
export function usePasswordResetLink() {
  return useMutation(ConsolePasswordResetLinkDocument);
}
