import { ConsoleCreateBatchDocument, ConsolePublishBatchDocument } from '@fourmi/api-client';
import { useMutation } from '@fourmi/ui';

export function useCreateBatch() {
  return useMutation(ConsoleCreateBatchDocument);
}

export function usePublishBatch() {
  return useMutation(ConsolePublishBatchDocument);
}
