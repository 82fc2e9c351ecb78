import {
  ConsoleCancelBatchDocument,
  ConsoleCompleteBatchDocument,
  ConsoleCreateBatchDocument,
  ConsolePauseBatchDocument,
  ConsolePublishBatchDocument,
  ConsoleResumeBatchDocument,
} from '@fourmi/api-client';
import { useMutation } from '@fourmi/ui';

export function useCreateBatch() {
  return useMutation(ConsoleCreateBatchDocument);
}

export function usePublishBatch() {
  return useMutation(ConsolePublishBatchDocument);
}

export function usePauseBatch() {
  return useMutation(ConsolePauseBatchDocument);
}

export function useResumeBatch() {
  return useMutation(ConsoleResumeBatchDocument);
}

export function useCancelBatch() {
  return useMutation(ConsoleCancelBatchDocument);
}

export function useCompleteBatch() {
  return useMutation(ConsoleCompleteBatchDocument);
}
