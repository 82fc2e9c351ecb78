import { Injectable } from '@nestjs/common';

const MAX_ENTRIES = 200_000;

/**
 * The project of each regular lease this replica handed out, so that its answer can be checked and
 * written without reading the assignment first (submit.sql.ts fastAnswerOf). A hint only: the statement
 * checks the assignment's project itself, and an answer whose lease this replica does not know (another
 * replica's, a restart, a gold lease) is read first, as any answer once was. Leases never answered are
 * forgotten oldest first.
 */
@Injectable()
export class LeaseHints {
  private readonly projects = new Map<string, string>();

  set(assignmentId: string, projectId: string): void {
    const oldest = this.projects.size >= MAX_ENTRIES ? this.projects.keys().next() : undefined;
    if (oldest && !oldest.done) this.projects.delete(oldest.value);
    this.projects.set(assignmentId, projectId);
  }

  /** The lease's project, forgotten as it is answered. */
  take(assignmentId: string): string | undefined {
    const projectId = this.projects.get(assignmentId);
    this.projects.delete(assignmentId);
    return projectId;
  }
}
