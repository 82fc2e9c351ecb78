import { ConsoleCreateProjectDocument, ConsoleMyProjectsDocument, ConsoleProjectDocument, ConsoleProjectEditsDocument, ConsoleUpdateProjectDocument } from '@fourmi/api-client';
import { useMutation, useQuery } from '@fourmi/ui';
import { REFRESH_MS } from '../../../app/config';

export function useMyProjects() {
  return useQuery(ConsoleMyProjectsDocument, {}, { pollIntervalMs: REFRESH_MS * 6 });
}

/** One project with its stats and batches, refreshed every 5 s while the page is open. */
export function useProject(id: string) {
  return useQuery(ConsoleProjectDocument, { id }, { pollIntervalMs: REFRESH_MS, skip: !id });
}

export function useCreateProject() {
  return useMutation(ConsoleCreateProjectDocument);
}

/** Renames a project or rewrites its instructions (the owner only; the rest stays as created). */
export function useUpdateProject() {
  return useMutation(ConsoleUpdateProjectDocument);
}

export const EDITS_PAGE_SIZE = 10;

/** One page of a project's edits, newest first (the owner's, or any project's for an admin). */
export function useProjectEdits(projectId: string, offset: number) {
  return useQuery(ConsoleProjectEditsDocument, { projectId, offset, limit: EDITS_PAGE_SIZE });
}
