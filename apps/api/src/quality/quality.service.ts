import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BusMessage } from '../events/event-bus';
import { EventRelay } from '../events/event-relay';
import { AGREEMENT_MIN_ITEMS, DEFAULT_MIN_GOLD_ANSWERS, kindSkill, languageSkill, projectSkill, type QualityRules } from './quality-rules';
import { AgreementRules } from './agreement-rules';
import { TALLY_AGREEMENT_SQL } from './agreement-tally.sql';
import { SKILL_PRIOR_MEAN, SKILL_PRIOR_STRENGTH } from './skills';

export interface GoldAnswerFacts {
  assignmentId: string;
  workerId: string;
  projectId: string;
  kind: string;
  /** The project's languages: gold answers there also build the worker's skill in each. */
  languages: string[];
  rules: QualityRules;
  /** 0..1. */
  goldScore: number;
}

/**
 * Quality control applied to answers. Gold answers grow the worker's skills and enforce the project's
 * ban rule (audited) inside the transaction that stores them; completed items are checked for
 * agreement when their completion is relayed (event-relay.ts). Too-fast answers are flagged by the
 * submit statement itself (dispatch/submit.sql.ts).
 */
@Injectable()
export class QualityService {
  private readonly agreementRules = new AgreementRules();

  constructor(relay: EventRelay) {
    relay.use((tx, messages) => this.afterTasksCompleted(tx, messages));
  }

  async afterGoldAnswer(tx: EntityManager, facts: GoldAnswerFacts): Promise<void> {
    const skills: { skill: string; total: number; value: number }[] = await tx.query(
      `INSERT INTO worker_skills AS s (worker_id, skill, correct, total, value)
       SELECT $1, skill, $3::real, 1, ($3::real + $4::real * $5::real) / (1 + $5::real) FROM unnest($2::text[]) AS skill
       ON CONFLICT (worker_id, skill) DO UPDATE
          SET correct = s.correct + EXCLUDED.correct, total = s.total + 1, updated_at = now(),
              value = (s.correct + EXCLUDED.correct + $4::real * $5::real) / (s.total + 1 + $5::real)
       RETURNING skill, total, value`,
      [facts.workerId, [projectSkill(facts.projectId), kindSkill(facts.kind), ...facts.languages.map(languageSkill)], facts.goldScore, SKILL_PRIOR_MEAN, SKILL_PRIOR_STRENGTH],
    );
    const onProject = skills.find((s) => s.skill === projectSkill(facts.projectId));
    if (!onProject) return;
    await this.applyBanRule(tx, facts, onProject);
    await this.gradeExam(tx, facts, onProject);
  }

  /**
   * The relayed completions and reopenings of items whose project has an agreement rule: their votes
   * reconciled into their workers' tallies (agreement-tally.sql.ts), and a worker whose tally fell below
   * the rule, over at least AGREEMENT_MIN_ITEMS items, is flagged, at most once a day.
   */
  private async afterTasksCompleted(tx: EntityManager, messages: BusMessage[]): Promise<void> {
    const changed = messages.flatMap((m) => (m.type === 'task.completed' || m.type === 'task.reopened' ? [m] : []));
    if (!changed.length) return;
    const thresholds = await this.agreementRules.of(tx, changed.map((m) => m.projectId));
    const taskIds = changed.filter((m) => thresholds.has(m.projectId)).map((m) => m.taskId);
    if (!taskIds.length) return;
    const tallies: { project_id: string; worker_id: string; items: number; agreed: number }[] = await tx.query(TALLY_AGREEMENT_SQL, [taskIds]);
    for (const tally of tallies) {
      const threshold = thresholds.get(tally.project_id);
      if (threshold === undefined || tally.items < AGREEMENT_MIN_ITEMS || tally.agreed / tally.items >= threshold) continue;
      await tx.query(
        `INSERT INTO quality_flags (worker_id, project_id, kind, detail, detail_params)
         SELECT $1, $2, 'LOW_AGREEMENT', $3, $4
          WHERE NOT EXISTS (SELECT 1 FROM quality_flags WHERE worker_id = $1 AND project_id = $2 AND kind = 'LOW_AGREEMENT' AND created_at > now() - interval '1 day')`,
        [
          tally.worker_id,
          tally.project_id,
          `Your answers agreed with the consensus on ${tally.agreed} of ${tally.items} items (${pct(tally.agreed / tally.items)}); this project expects ${pct(threshold)}`,
          { agreed: tally.agreed, items: tally.items, expected: threshold },
        ],
      );
    }
  }

  /** An exam grants its skill once enough gold is answered well enough (never lowering a skill). */
  private async gradeExam(tx: EntityManager, facts: GoldAnswerFacts, skill: { total: number; value: number }): Promise<void> {
    const { examGrantsSkill, examGoldAnswers, examPassAccuracy } = facts.rules;
    if (!examGrantsSkill || examGoldAnswers === undefined || examPassAccuracy === undefined) return;
    if (skill.total < examGoldAnswers || skill.value < examPassAccuracy) return;
    await tx.query(
      `INSERT INTO worker_skills AS s (worker_id, skill, correct, total, value) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (worker_id, skill) DO UPDATE SET value = greatest(s.value, EXCLUDED.value), updated_at = now()`,
      [facts.workerId, examGrantsSkill, skill.value * skill.total, skill.total, skill.value],
    );
  }

  /** Bans from the project a worker whose estimated gold accuracy fell below the rule, once enough gold is answered. */
  private async applyBanRule(tx: EntityManager, facts: GoldAnswerFacts, skill: { total: number; value: number }): Promise<void> {
    const threshold = facts.rules.banBelowGoldAccuracy;
    const minGold = facts.rules.minGoldAnswers ?? DEFAULT_MIN_GOLD_ANSWERS;
    if (threshold === undefined || skill.total < minGold || skill.value >= threshold) return;
    const reason = `Your estimated gold accuracy is ${pct(skill.value)} after ${skill.total} gold answers; this project requires ${pct(threshold)}`;
    // The values of the reason, for the worker app to say it in the worker's language (BanModel.reasonParams).
    const params: BanReasonParams = { accuracy: skill.value, goldAnswers: skill.total, threshold };
    const [ban] = await tx.query(
      `INSERT INTO worker_bans (worker_id, project_id, reason, reason_params)
       SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM worker_bans WHERE worker_id = $1 AND project_id = $2 AND lifted_at IS NULL)
       RETURNING id`,
      [facts.workerId, facts.projectId, reason, JSON.stringify(params)],
    );
    if (!ban) return;
    await tx.query(
      `INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details)
       VALUES (NULL, 'RULE_BAN', 'USER', $1, $2, $3)`,
      [facts.workerId, reason, JSON.stringify({ projectId: facts.projectId, banId: ban.id, goldAnswers: skill.total, accuracy: skill.value, threshold })],
    );
  }
}

/** What a ban by the gold-accuracy rule stands on: shares in 0..1. */
export interface BanReasonParams {
  accuracy: number;
  goldAnswers: number;
  threshold: number;
}

/** English writes no space before the sign: 40%, as the apps' English does (Intl). */
const pct = (x: number) => `${Math.round(x * 100)}%`;
