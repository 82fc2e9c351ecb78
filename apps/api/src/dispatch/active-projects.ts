import { Injectable } from '@nestjs/common';
import type { ProjectEntity } from '../projects/project.entity';
import { ProjectsService } from '../projects/projects.service';

/** How stale a project's settings may be on a claim (the console's edit form says it in words). */
export const ACTIVE_PROJECT_TTL_MS = 2000;

/**
 * Active projects (dispatch settings, and what a worker sees with each task), kept two seconds per
 * replica so a claim is one round trip. Safe because the claim statement itself re-checks that the
 * project is active and the task open; a change of name, instructions or gold ratio (updateProject)
 * reaches claims within those two seconds (the console's project form says so); kind and config never
 * change.
 */
@Injectable()
export class ActiveProjects {
  private readonly cache = new Map<string, { project: Promise<ProjectEntity>; until: number }>();

  constructor(private readonly projects: ProjectsService) {}

  get(id: string): Promise<ProjectEntity> {
    const now = Date.now();
    const hit = this.cache.get(id);
    if (hit && hit.until > now) return hit.project;
    const project = this.projects.getActive(id);
    this.cache.set(id, { project, until: now + ACTIVE_PROJECT_TTL_MS });
    project.catch(() => this.cache.delete(id));
    if (this.cache.size > 10_000) this.cache.clear();
    return project;
  }
}
