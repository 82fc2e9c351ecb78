import { ConsoleAcceptAssignmentsDocument, ConsoleGrantBonusDocument, ConsoleRejectAssignmentsDocument, ConsoleReviewAnswersDocument } from '@fourmi/api-client';
import { useMutation, useQuery } from '@fourmi/ui';

export const REVIEW_PAGE_SIZE = 20;

/** One page of a project's items with their answers, for review. */
export function useReviewAnswers(projectId: string, offset: number) {
  return useQuery(ConsoleReviewAnswersDocument, { projectId, offset, limit: REVIEW_PAGE_SIZE }, { skip: !projectId });
}

/** Bulk: one mutation for the whole selection. */
export function useAcceptAssignments() {
  return useMutation(ConsoleAcceptAssignmentsDocument);
}

export function useRejectAssignments() {
  return useMutation(ConsoleRejectAssignmentsDocument);
}

export function useGrantBonus() {
  return useMutation(ConsoleGrantBonusDocument);
}
