import { WorkerChangePasswordDocument, WorkerCreateMyDataLinkDocument, WorkerMyProfileDocument, WorkerUpdateProfileDocument } from '@fourmi/api-client';
import { startDownload, useMutation, usePasswordChange, useQuery } from '@fourmi/ui';

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

/**
 * Downloads the file of the data Fourmi holds on this account: asks for a one-minute link
 * (createMyDataLink), then hands it to the browser, which saves the file to disk as it streams.
 */
export function useMyDataDownload() {
  const { mutate, loading, error } = useMutation(WorkerCreateMyDataLinkDocument);
  const download = async (): Promise<boolean> => {
    const result = await mutate({});
    if (result.ok) startDownload(result.data.createMyDataLink.url);
    return result.ok;
  };
  return { download, loading, error };
}
