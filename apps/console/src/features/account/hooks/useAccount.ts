import { ConsoleChangePasswordDocument } from '@fourmi/api-client';
import { usePasswordChange } from '@fourmi/ui';

/** A new password; this session goes on with the new token the API gives it. */
export function useChangePassword() {
  return usePasswordChange(ConsoleChangePasswordDocument);
}
