import { ConsoleGoldContestsDocument, ConsoleProjectQualityDocument, ConsoleSettleGoldContestDocument } from '@fourmi/api-client';
import { useMutation, useQuery } from '@fourmi/ui';

/** Agreement, confidence, review counts, cost and overlap savings of one project. */
export function useProjectQuality(projectId: string) {
  return useQuery(ConsoleProjectQualityDocument, { projectId }, { skip: !projectId });
}

/** Open gold contests of every project of the requester (filtered per project by the caller). */
export function useGoldContests() {
  return useQuery(ConsoleGoldContestsDocument, {}, { pollIntervalMs: 60_000 });
}

export function useSettleGoldContest() {
  return useMutation(ConsoleSettleGoldContestDocument);
}
