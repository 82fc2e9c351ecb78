import { WorkerMyProfileDocument, WorkerUpdateProfileDocument } from '@fourmi/api-client';
import { useMutation, useQuery } from '@fourmi/ui';

/** The worker's name, interface language and the languages they work in. */
export function useMyProfile() {
  return useQuery(WorkerMyProfileDocument, {});
}

export function useUpdateProfile() {
  return useMutation(WorkerUpdateProfileDocument);
}
