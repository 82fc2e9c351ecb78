import { WorkerChangePasswordDocument, WorkerCreateMyDataLinkDocument, WorkerMyProfileDocument, WorkerUpdateProfileDocument } from '@fourmi/api-client';
import { useMutation, useMyDataDownload as useSharedMyDataDownload, usePasswordChange, useQuery } from '@fourmi/ui';

/** The worker's name, interface language and the languages they work in. */
export function useMyProfile() {
  return useQuery(WorkerMyProfileDocument, {});
}

export function useUpdateProfile() {
  return useMutation(WorkerUpdateProfileDocument);
}

/** A new password; this session goes on with the new token the API gives it. */
export function useChangePassword() {
  return usePasswordChange(WorkerChangePasswordDocument);
}

/** Downloads the file of the data Fourmi holds on this account. */
export function useMyDataDownload() {
  return useSharedMyDataDownload(WorkerCreateMyDataLinkDocument);
}
