import { taskKinds, type TaskKind } from '@fourmi/task-kinds';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { fieldProblem, prefixFields } from '../common/domain-error';
import { AssignmentTransitions } from '../dispatch/assignment-transitions';
import { kindSkill, projectSkill } from './quality-rules';
import { QualityError } from './quality-read.service';
import { SKILL_PRIOR_MEAN, SKILL_PRIOR_STRENGTH } from './skills';
import { isBigintId } from '../common/ids';

export interface ContestRow {
  id: string;
  assignment_id: string;
  project_id: string;
  project_name: string;
  project_config: unknown;
  item: unknown;
  gold_answer: unknown;
  given: unknown;
  message: string;
  status: string;
  decision_note: string | null;
  created_at: Date;
}

const ROW_SQL = `
SELECT c.id::text, c.assignment_id::text, c.project_id, p.name AS project_name, p.config AS project_config, t.input AS item, t.gold_answer, a.answer AS given,
       c.message, c.status, c.decision_note, c.created_at
  FROM gold_contests c JOIN tasks t ON t.id = c.task_id JOIN assignments a ON a.id = c.assignment_id JOIN projects p ON p.id = c.project_id`;

/**
 * A worker who believes a gold item is wrong contests it; the project's requester (or an admin)
 * keeps it or corrects it. A correction re-scores every answer to that item and recomputes the
 * skills of everyone who answered it, in one transaction; the decision is audited.
 */
@Injectable()
export class GoldContestsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly assignments: AssignmentTransitions,
  ) {}

  async contest(workerId: string, assignmentId: string, message: string): Promise<ContestRow> {
    const text = message.trim();
    if (text.length < 10 || text.length > 2000) throw QualityError.invalid([
        fieldProblem('message', 'Explain in 10 to 2,000 characters why the gold answer is wrong', 'field.explainGoldContest', { min: 10, max: 2000 }),
      ]);
    const [a] = isBigintId(assignmentId)
      ? await this.db.query(`SELECT task_id, project_id, is_gold, status FROM assignments WHERE id = $1 AND worker_id = $2`, [assignmentId, workerId])
      : [];
    // Only an answered gold item can be contested; anything else reads as not found, so gold stays hidden.
    if (!a || !a.is_gold || a.status === 'LEASED') throw QualityError.notFound('No gold answer of yours with this id', 'contest.goldNotFound');
    const inserted = await this.db.query(
      `INSERT INTO gold_contests (assignment_id, task_id, project_id, worker_id, message) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (assignment_id) DO NOTHING RETURNING id`,
      [assignmentId, a.task_id, a.project_id, workerId, text],
    );
    if (!inserted.length) throw new QualityError('CONFLICT', 'You already contested this gold item', [], { key: 'contest.already', params: {} });
    const [row] = await this.db.query(`${ROW_SQL} WHERE c.id = $1`, [inserted[0].id]);
    return row;
  }

  /** Open contests of the requester's projects (or of every project, for an admin); of one project if given. */
  open(userId: string, admin: boolean, projectId: string | null = null): Promise<ContestRow[]> {
    return this.db.query(
      `${ROW_SQL} WHERE c.status = 'OPEN' AND ($2 OR p.owner_id = $1) AND ($3::uuid IS NULL OR c.project_id = $3) ORDER BY c.id LIMIT 200`,
      [userId, admin, projectId],
    );
  }

  async settle(userId: string, admin: boolean, contestId: string, corrected: unknown | null, note: string): Promise<ContestRow> {
    await this.db.transaction(async (tx) => {
      const [c] = isBigintId(contestId)
        ? await tx.query(
            `SELECT c.task_id, c.project_id, c.status, c.worker_id, p.kind, p.config, p.owner_id, t.input
               FROM gold_contests c JOIN projects p ON p.id = c.project_id JOIN tasks t ON t.id = c.task_id WHERE c.id = $1 FOR UPDATE OF c`,
            [contestId],
          )
        : [];
      if (!c || (!admin && c.owner_id !== userId)) throw QualityError.notFound('No such contest', 'contest.notFound');
      if (c.status !== 'OPEN') throw new QualityError('CONFLICT', `This contest was already settled (${c.status.toLowerCase()})`, [], { key: 'contest.settled', params: { decision: c.status } });
      if (corrected !== null) await this.correct(tx, c, corrected);
      await tx.query(`UPDATE gold_contests SET status = $2, corrected_answer = $3, decided_by = $4, decision_note = $5, decided_at = now() WHERE id = $1`, [
        contestId,
        corrected === null ? 'KEPT' : 'CORRECTED',
        corrected === null ? null : JSON.stringify(corrected),
        userId,
        note,
      ]);
      await tx.query(
        `INSERT INTO audit_events (actor_id, action, subject_kind, subject_id, reason, details) VALUES ($1, $2, 'TASK', $3, $4, $5)`,
        [userId, corrected === null ? 'GOLD_KEPT' : 'GOLD_CORRECTED', String(c.task_id), note, JSON.stringify({ contestId, corrected })],
      );
    });
    const [row] = await this.db.query(`${ROW_SQL} WHERE c.id = $1`, [contestId]);
    return row;
  }

  /** New gold answer: every answer to the item re-scored, the skills of everyone who answered it rebuilt. */
  private async correct(tx: EntityManager, c: { task_id: string; project_id: string; kind: TaskKind; config: unknown; input: unknown }, corrected: unknown): Promise<void> {
    const kind = taskKinds[c.kind];
    const parsed = kind.parseAnswer(corrected, c.config, c.input);
    if (!parsed.ok) throw QualityError.invalid(prefixFields('correctedAnswer', parsed.errors), 'The corrected answer is not valid');
    await tx.query(`UPDATE tasks SET gold_answer = $2 WHERE id = $1`, [c.task_id, JSON.stringify(parsed.value)]);
    const answers = await this.assignments.regrade(tx, c.task_id, (answer) => kind.goldScore(answer, parsed.value, c.config));
    const workers = [...new Set(answers.map((a) => a.worker_id))];
    await tx.query(
      `WITH scores AS (
         SELECT a.worker_id, s.skill, sum(a.gold_score) AS correct, count(*)::int AS total
           FROM assignments a JOIN projects p ON p.id = a.project_id
          CROSS JOIN LATERAL (VALUES ('project:' || a.project_id::text), ('kind:' || p.kind)) AS s(skill)
          WHERE a.worker_id = ANY($1::uuid[]) AND a.is_gold AND a.gold_score IS NOT NULL
            AND s.skill IN ($2, $3)
          GROUP BY a.worker_id, s.skill
       )
       UPDATE worker_skills w SET correct = s.correct, total = s.total, value = (s.correct + $4::real * $5::real) / (s.total + $5::real), updated_at = now()
         FROM scores s WHERE w.worker_id = s.worker_id AND w.skill = s.skill`,
      [workers, projectSkill(c.project_id), kindSkill(c.kind), SKILL_PRIOR_MEAN, SKILL_PRIOR_STRENGTH],
    );
  }
}
