import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DEFAULT_MIN_GOLD_ANSWERS, kindSkill, projectSkill, type QualityRules } from './quality-rules';
import { SKILL_PRIOR_MEAN, SKILL_PRIOR_STRENGTH } from './skills';

export interface AnswerFacts {
  assignmentId: string;
  workerId: string;
  projectId: string;
  kind: string;
  rules: QualityRules;
  /** 0..1 for a gold answer, null otherwise. */
  goldScore: number | null;
  durationMs: number;
}

/**
 * Quality control applied to every answer, inside the transaction that stores it: fast answers are
 * flagged, gold answers grow the worker's skills, and the project's ban rule is enforced (audited).
 */
@Injectable()
export class QualityService {
  async afterAnswer(tx: EntityManager, facts: AnswerFacts): Promise<void> {
    const { rules } = facts;
    if (rules.minAnswerSeconds !== undefined && facts.durationMs < rules.minAnswerSeconds * 1000) {
      await tx.query(
        `INSERT INTO quality_flags (worker_id, project_id, assignment_id, kind, detail) VALUES ($1, $2, $3, 'FAST_ANSWER', $4)`,
        [facts.workerId, facts.projectId, facts.assignmentId, `Answered in ${(facts.durationMs / 1000).toFixed(1)} s; this project expects at least ${rules.minAnswerSeconds} s`],
      );
    }
    if (facts.goldScore === null) return;
    const skills: { skill: string; total: number; value: number }[] = await tx.query(
      `INSERT INTO worker_skills AS s (worker_id, skill, correct, total, value)
       SELECT $1, skill, $3::real, 1, ($3::real + $4::real * $5::real) / (1 + $5::real) FROM unnest($2::text[]) AS skill
       ON CONFLICT (worker_id, skill) DO UPDATE
          SET correct = s.correct + EXCLUDED.correct, total = s.total + 1, updated_at = now(),
              value = (s.correct + EXCLUDED.correct + $4::real * $5::real) / (s.total + 1 + $5::real)
       RETURNING skill, total, value`,
      [facts.workerId, [projectSkill(facts.projectId), kindSkill(facts.kind)], facts.goldScore, SKILL_PRIOR_MEAN, SKILL_PRIOR_STRENGTH],
    );
    const onProject = skills.find((s) => s.skill === projectSkill(facts.projectId));
    if (onProject) await this.applyBanRule(tx, facts, onProject);
  }

  /** Bans from the project a worker whose estimated gold accuracy fell below the rule, once enough gold is answered. */
  private async applyBanRule(tx: EntityManager, facts: AnswerFacts, skill: { total: number; value: number }): Promise<void> {
    const threshold = facts.rules.banBelowGoldAccuracy;
    const minGold = facts.rules.minGoldAnswers ?? DEFAULT_MIN_GOLD_ANSWERS;
    if (threshold === undefined || skill.total < minGold || skill.value >= threshold) return;
    const reason = `Your estimated gold accuracy is ${pct(skill.value)} after ${skill.total} gold answers; this project requires ${pct(threshold)}`;
    const [ban] = await tx.query(
      `INSERT INTO worker_bans (worker_id, project_id, reason)
       SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM worker_bans WHERE worker_id = $1 AND project_id = $2 AND lifted_at IS NULL)
       RETURNING id`,
      [facts.workerId, facts.projectId, reason],
    );
    if (!ban) return;
    await tx.query(
      `INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details)
       VALUES (NULL, 'RULE_BAN', 'USER', $1, $2, $3)`,
      [facts.workerId, reason, JSON.stringify({ projectId: facts.projectId, banId: ban.id, goldAnswers: skill.total, accuracy: skill.value, threshold })],
    );
  }
}

const pct = (x: number) => `${Math.round(x * 100)} %`;
