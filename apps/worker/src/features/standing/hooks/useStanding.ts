import { WorkerAppealRejectionDocument, WorkerMyLevelDocument, WorkerMyRejectionsDocument, WorkerMySkillsDocument, WorkerStandingDocument } from '@fourmi/api-client';
import { useMutation, useQuery } from '@fourmi/ui';

/** The rules of a project and where the worker stands, refreshed every 30 s. */
export function useStanding(projectId: string) {
  return useQuery(WorkerStandingDocument, { projectId }, { skip: !projectId, pollIntervalMs: 30_000 });
}

export function useMySkills() {
  return useQuery(WorkerMySkillsDocument, {});
}

/** The worker's level and what the next one asks (it moves as requesters review answers). */
export function useMyLevel() {
  return useQuery(WorkerMyLevelDocument, {}, { pollIntervalMs: 60_000 });
}

/** The worker's rejected answers, why, and their appeals. */
export function useMyRejections() {
  return useQuery(WorkerMyRejectionsDocument, {}, { pollIntervalMs: 60_000 });
}

export function useAppealRejection() {
  return useMutation(WorkerAppealRejectionDocument);
}
