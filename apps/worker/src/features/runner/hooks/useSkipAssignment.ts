import { WorkerSkipAssignmentDocument } from '@fourmi/api-client';
import { useMutation } from '@fourmi/ui';

export function useSkipAssignment() {
  return useMutation(WorkerSkipAssignmentDocument);
}
