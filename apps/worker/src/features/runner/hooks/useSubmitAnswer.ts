import { WorkerSubmitAnswerDocument } from '@fourmi/api-client';
import { useMutation } from '@fourmi/ui';

export function useSubmitAnswer() {
  return useMutation(WorkerSubmitAnswerDocument);
}
