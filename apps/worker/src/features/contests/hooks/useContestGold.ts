import { WorkerContestGoldDocument } from '@fourmi/api-client';
import { useMutation } from '@fourmi/ui';

export function useContestGold() {
  return useMutation(WorkerContestGoldDocument);
}
