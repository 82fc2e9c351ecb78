import { betaSkill } from '@fourmi/quality';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError, fieldProblem } from '../common/domain-error';
import { isUuid, ProjectsService } from '../projects/projects.service';
import type { BanModel, QualityFlagModel, QualityStandingModel, SkillModel, WorkerQualityModel } from './models/standing.model';
import { projectSkill } from './quality-rules';
import { SKILL_PRIOR_MEAN, SKILL_PRIOR_STRENGTH } from './skills';

export class QualityError extends DomainError {}

/** Refuses an id that names no user (a pseudonym like W-1234abcd, a typo), naming the field. */
export async function assertWorker(db: DataSource, workerId: string): Promise<void> {
  const [user] = isUuid(workerId) ? await db.query(`SELECT 1 FROM users WHERE id = $1`, [workerId]) : [];
  if (!user) throw QualityError.notFound('No such worker', 'worker.notFound', [fieldProblem('workerId', 'No such worker', 'field.workerNotFound')]);
}

interface SkillRow {
  skill: string;
  correct: number;
  total: number;
  /** For a project skill, the project's name. */
  project_name?: string | null;
}

/** Reads of the quality system for workers (their standing) and admins (the audit of one worker). */
@Injectable()
export class QualityReadService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly projects: ProjectsService,
  ) {}

  async standing(workerId: string, projectId: string): Promise<QualityStandingModel> {
    const project = await this.projects.getActive(projectId);
    const [skill]: SkillRow[] = await this.db.query(`SELECT skill, correct, total FROM worker_skills WHERE worker_id = $1 AND skill = $2`, [workerId, projectSkill(project.id)]);
    const [today] = await this.db.query(
      `SELECT count(*)::int AS n FROM assignments WHERE worker_id = $1 AND project_id = $2 AND created_at >= date_trunc('day', now(), 'UTC')`,
      [workerId, project.id],
    );
    const bans = await this.bans(workerId, project.id);
    return {
      projectName: project.name,
      rules: project.qualityRules,
      goldAccuracy: skill ? toSkill({ ...skill, project_name: project.name }) : null,
      answersToday: today.n,
      ban: bans[0] ?? null,
      flags: await this.flags(workerId, project.id),
    };
  }

  async skills(workerId: string): Promise<SkillModel[]> {
    // Project skills (`project:<id>`) come with their project's name, matched as text: other skills' names are no uuids.
    const rows: SkillRow[] = await this.db.query(
      `SELECT s.skill, s.correct, s.total, p.name AS project_name
         FROM worker_skills s LEFT JOIN projects p ON s.skill LIKE 'project:%' AND p.id::text = substr(s.skill, 9)
        WHERE s.worker_id = $1 ORDER BY s.skill`,
      [workerId],
    );
    return rows.map(toSkill);
  }

  async workerAudit(workerId: string): Promise<WorkerQualityModel> {
    await assertWorker(this.db, workerId);
    const [stats] = await this.db.query(
      `SELECT count(*)::int AS submitted,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY a.duration_ms) / 1000.0 AS median,
              count(*) FILTER (WHERE a.status = 'REJECTED')::int AS rejected,
              coalesce(sum(a.reward_cents) FILTER (WHERE a.status = 'ACCEPTED'), 0)::int AS accepted_reward,
              avg(CASE WHEN t.status = 'COMPLETED' AND t.consensus IS NOT NULL AND a.vote_key IS NOT NULL
                       THEN (a.vote_key = t.consensus->>'voteKey')::int END) AS agreement,
              count(*) FILTER (WHERE t.status = 'COMPLETED' AND t.consensus IS NOT NULL AND a.vote_key IS NOT NULL)::int AS agreement_answers
         FROM assignments a JOIN tasks t ON t.id = a.task_id
        WHERE a.worker_id = $1 AND a.status IN ('SUBMITTED', 'ACCEPTED', 'REJECTED')`,
      [workerId],
    );
    const [user]: { display_name: string; email: string }[] = await this.db.query(`SELECT display_name, email FROM users WHERE id = $1`, [workerId]);
    return {
      workerId,
      displayName: user.display_name,
      email: user.email,
      projects: await this.projectsOf(workerId),
      skills: await this.skills(workerId),
      bans: await this.bans(workerId, null, true),
      flags: await this.flags(workerId, null),
      submitted: stats.submitted,
      medianSeconds: stats.median === null ? null : Number(stats.median),
      agreement: stats.agreement === null ? null : Number(stats.agreement),
      agreementAnswers: stats.agreement_answers,
      rejected: stats.rejected,
      acceptedRewardCents: stats.accepted_reward,
      history: await this.history(workerId),
    };
  }

  /** The projects the worker sent answers in, latest first, so an admin acts on one by its name. */
  private async projectsOf(workerId: string): Promise<WorkerQualityModel['projects']> {
    const rows: { project_id: string; name: string; answers: number }[] = await this.db.query(
      `SELECT a.project_id, p.name, count(*)::int AS answers
         FROM assignments a JOIN projects p ON p.id = a.project_id
        WHERE a.worker_id = $1 AND a.submitted_at IS NOT NULL
        GROUP BY a.project_id, p.name ORDER BY max(a.submitted_at) DESC`,
      [workerId],
    );
    return rows.map((r) => ({ projectId: r.project_id, projectName: r.name, answers: r.answers }));
  }

  /** Week by week: answers, gold accuracy, rejections and flags, to see a worker's quality move. */
  private async history(workerId: string): Promise<WorkerQualityModel['history']> {
    const rows: { week: Date; answers: number; gold: number | null; rejected: number; flags: number }[] = await this.db.query(
      `WITH weeks AS (
         SELECT date_trunc('week', a.submitted_at, 'UTC') AS week, count(*)::int AS answers,
                avg(a.gold_score) FILTER (WHERE a.is_gold) AS gold,
                count(*) FILTER (WHERE a.status = 'REJECTED')::int AS rejected
           FROM assignments a WHERE a.worker_id = $1 AND a.submitted_at IS NOT NULL
          GROUP BY 1
       )
       SELECT w.week, w.answers, w.gold, w.rejected,
              (SELECT count(*)::int FROM quality_flags f WHERE f.worker_id = $1 AND date_trunc('week', f.created_at, 'UTC') = w.week) AS flags
         FROM weeks w ORDER BY w.week DESC LIMIT 12`,
      [workerId],
    );
    return rows.map((r) => ({ week: r.week, answers: r.answers, goldAccuracy: r.gold === null ? null : Number(r.gold), rejected: r.rejected, flags: r.flags }));
  }

  /** Active bans (for one project, platform-wide included), or every active ban of the worker. */
  private async bans(workerId: string, projectId: string | null, all = false): Promise<BanModel[]> {
    const rows: { id: string; project_id: string | null; project_name: string | null; reason: string; reason_params: Record<string, unknown> | null; created_at: Date }[] = await this.db.query(
      `SELECT b.id, b.project_id, p.name AS project_name, b.reason, b.reason_params, b.created_at
         FROM worker_bans b LEFT JOIN projects p ON p.id = b.project_id
        WHERE b.worker_id = $1 AND b.lifted_at IS NULL AND ($3 OR b.project_id IS NULL OR b.project_id = $2)
        ORDER BY b.created_at DESC`,
      [workerId, projectId, all],
    );
    return rows.map((r) => ({ id: r.id, projectId: r.project_id, projectName: r.project_name, reason: r.reason, reasonParams: r.reason_params, since: r.created_at }));
  }

  private async flags(workerId: string, projectId: string | null): Promise<QualityFlagModel[]> {
    const rows: { kind: string; detail: string; detail_params: Record<string, unknown> | null; created_at: Date }[] = await this.db.query(
      `SELECT kind, detail, detail_params, created_at FROM quality_flags WHERE worker_id = $1 AND ($2::uuid IS NULL OR project_id = $2)
        ORDER BY id DESC LIMIT 20`,
      [workerId, projectId],
    );
    return rows.map((r) => ({ kind: r.kind, detail: r.detail, detailParams: r.detail_params, createdAt: r.created_at }));
  }
}

function toSkill(row: SkillRow): SkillModel {
  const estimate = betaSkill(row.correct, row.total, { priorMean: SKILL_PRIOR_MEAN, priorStrength: SKILL_PRIOR_STRENGTH });
  return { skill: row.skill, projectName: row.project_name ?? null, value: estimate.mean, lower: estimate.lower, upper: estimate.upper, evidence: row.total };
}
