import { ConsoleChangePasswordDocument, ConsoleCreateMyDataLinkDocument } from '@fourmi/api-client';
import { useMyDataDownload as useSharedMyDataDownload, usePasswordChange } from '@fourmi/ui';

/** A new password; this session goes on with the new token the API gives it. */
export function useChangePassword() {
  return usePasswordChange(ConsoleChangePasswordDocument);
}

/** Downloads the account's own data file. */
export function useMyDataDownload() {
  return useSharedMyDataDownload(ConsoleCreateMyDataLinkDocument);
}
