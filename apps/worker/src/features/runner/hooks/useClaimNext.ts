import { WorkerClaimNextDocument } from '@fourmi/api-client';
import { useMutation } from '@fourmi/ui';

export function useClaimNext() {
  return useMutation(WorkerClaimNextDocument);
}
