import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, type ErrorReason } from '../common/domain-error';
import type { ProjectEntity } from '../projects/project.entity';
import { ProjectsService } from '../projects/projects.service';
import { servesGoldAloneSql } from '../quality/quality-rules';
import { workerLevelSql } from '../quality/worker-levels.sql';
import { eligibleSql } from './claim.sql';

export class EligibilityError extends DomainError {}

/** A claim refused for this worker, with its reason for the worker app to word (claim.<key>). */
const refused = (message: string, key: 'banned' | 'language' | 'dailyCap' | 'skills' | 'level', params: ErrorReason['params']) =>
  new EligibilityError('FORBIDDEN', message, [], { key: `claim.${key}`, params });

const ELIGIBLE = eligibleSql('p', '$1');

/** A ban's reason as typed, and for a ban by the gold-accuracy rule its values, for the app to word it. */
function banReason(ban: { reason: string; params: Record<string, unknown> | null }): ErrorReason['params'] {
  const numbers = Object.entries(ban.params ?? {}).filter((entry): entry is [string, number] => typeof entry[1] === 'number');
  return { reason: ban.reason, ...Object.fromEntries(numbers) };
}

/** The feed's count of available tasks stops here: enough to choose a project by. */
export const AVAILABLE_COUNT_LIMIT = 1000;

/** Which projects a worker may work on, how much is left for them, and why a claim was refused. */
@Injectable()
export class EligibilityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  /**
   * Projects with work left for this worker, by requester priority then age, with their counts: regular
   * work, or for training and exams their gold too (quality-rules.ts servesGoldAlone).
   */
  async projectsWithWork(workerId: string): Promise<{ project: ProjectEntity; available: number }[]> {
    const candidates: { id: string }[] = await this.db.query(
      `SELECT p.id FROM projects p
        WHERE ${ELIGIBLE} AND EXISTS (SELECT 1 FROM tasks t WHERE t.project_id = p.id AND t.status = 'OPEN' AND (NOT t.is_gold OR ${servesGoldAloneSql('p')}))
        ORDER BY p.priority DESC, p.created_at`,
      [workerId],
    );
    const ids = candidates.map((c) => c.id);
    const counts = await this.availableCounts(workerId, ids);
    const projects = new Map((await this.projects.findByIds(ids)).map((p) => [p.id, p]));
    return ids.flatMap((id, i) => {
      const project = projects.get(id);
      return project && counts[i] > 0 ? [{ project, available: counts[i] }] : [];
    });
  }

  /**
   * Regular tasks each project still has for this worker, counted up to one past AVAILABLE_COUNT_LIMIT
   * (the feed shows "1,000+" beyond it). The feed asks every 30 s for each worker on it, so the count walks the claim's
   * partial index as a claim does (claim.sql.ts candidate) and stops early: up to 10,000 with the
   * planner's own choice, 10 projects of 100,000 open tasks took 100–155 ms a feed; this takes 9–12 ms.
   * The task the worker holds counts too (their latest assignment in the project, a live lease, as the
   * claim's openLeaseStep finds it): the worker app leases the next task with each answer, and a worker
   * back on the feed must find the project whose last task waits for them, or lose it when the lease ends.
   * Training and exams count the gold the worker has not had yet, as their claims serve it.
   */
  async availableCounts(workerId: string, projectIds: readonly string[]): Promise<number[]> {
    const rows: { id: string; available: number }[] = await this.db.query(
      `SELECT p.id,
              (SELECT count(*) FROM (SELECT 1 FROM tasks t
                 WHERE t.project_id = ANY (ARRAY[p.id]) AND t.status = 'OPEN' AND NOT t.is_gold AND t.live_count < t.target_overlap
                   AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.worker_id = $1 AND a.task_id = t.id)
                 ORDER BY t.project_id, t.id LIMIT ${AVAILABLE_COUNT_LIMIT + 1}) x)::int
              + (SELECT count(*) FROM (SELECT 1 FROM tasks t JOIN projects q ON q.id = t.project_id AND ${servesGoldAloneSql('q')}
                 WHERE t.project_id = p.id AND t.status = 'OPEN' AND t.is_gold AND t.live_count < t.target_overlap
                   AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.worker_id = $1 AND a.task_id = t.id)
                 LIMIT ${AVAILABLE_COUNT_LIMIT + 1}) g)::int
              + (SELECT count(*) FROM (SELECT task_id, status, lease_expires_at FROM assignments
                                        WHERE worker_id = $1 AND project_id = p.id ORDER BY created_at DESC LIMIT 1) held
                   JOIN tasks t ON t.id = held.task_id
                  WHERE held.status = 'LEASED' AND held.lease_expires_at > now() AND t.status = 'OPEN')::int AS available
         FROM unnest($2::uuid[]) AS p(id)`,
      [workerId, projectIds],
    );
    const byId = new Map(rows.map((r) => [r.id, r.available]));
    return projectIds.map((id) => byId.get(id) ?? 0);
  }

  /** After an empty claim: a ban, a language, a daily cap, a missing skill or level is said plainly; lack of work is not an error. */
  async explainRefusal(workerId: string, project: ProjectEntity): Promise<void> {
    const [row] = await this.db.query(
      `SELECT (SELECT json_build_object('reason', b.reason, 'params', b.reason_params) FROM worker_bans b WHERE b.worker_id = $1 AND b.lifted_at IS NULL
                AND (b.project_id IS NULL OR b.project_id = $2) LIMIT 1) AS ban,
              (cardinality(p.languages) = 0 OR p.languages && u.languages) AS speaks,
              (SELECT count(*)::int FROM assignments a WHERE a.worker_id = $1 AND a.project_id = $2
                  AND a.created_at >= date_trunc('day', now(), 'UTC')) AS today,
              (SELECT json_agg(r.skill) FROM jsonb_to_recordset(coalesce(p.quality_rules->'requiredSkills', '[]')) AS r(skill text, min real)
                WHERE coalesce((SELECT s.value FROM worker_skills s WHERE s.worker_id = $1 AND s.skill = r.skill), 0) < r.min) AS missing,
              ${workerLevelSql('$1')} AS level
         FROM projects p, users u WHERE p.id = $2 AND u.id = $1`,
      [workerId, project.id],
    );
    if (!row) return;
    const cap = project.qualityRules.dailyCap;
    if (row.ban) throw refused(`You cannot work on this project: ${row.ban.reason}`, 'banned', banReason(row.ban));
    if (!row.speaks) throw refused(`This project needs one of these languages: ${project.languages.join(', ')}`, 'language', { languages: project.languages });
    if (cap !== undefined && row.today >= cap) throw refused(`You reached this project's limit of ${cap} tasks today; come back tomorrow (UTC)`, 'dailyCap', { cap });
    if (row.missing?.length) throw refused(`This project needs these skills: ${row.missing.join(', ')}`, 'skills', { skills: row.missing });
    const minLevel = project.qualityRules.minLevel;
    if (minLevel !== undefined && row.level < minLevel) throw refused(`This project needs level ${minLevel} or above; you are level ${row.level}`, 'level', { level: minLevel, yours: row.level });
  }
}
