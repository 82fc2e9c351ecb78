import { Injectable } from '@nestjs/common';

const MAX_ENTRIES = 200_000;

/**
 * Where each worker's last claim in a project landed (its task id), kept per replica: the next claim
 * walks the project's queue from there (claim.sql.ts). A hint only: a claim that finds nothing after
 * the cursor walks the whole queue again, so tasks reopened behind it (expired leases, give-backs) are
 * still served; a replica that does not know the worker yet starts from the beginning.
 */
@Injectable()
export class ClaimCursors {
  private readonly cursors = new Map<string, string>();

  get(workerId: string, projectId: string): string {
    return this.cursors.get(`${workerId}:${projectId}`) ?? '0';
  }

  set(workerId: string, projectId: string, taskId: string): void {
    if (this.cursors.size >= MAX_ENTRIES) this.cursors.clear();
    this.cursors.set(`${workerId}:${projectId}`, taskId);
  }
}
