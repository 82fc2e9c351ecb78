import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { WorkerToReviewModel } from './models/worker-to-review.model';

/** Gold accuracy under this, over enough gold to mean something, puts a worker on the list. */
export const REVIEW_BELOW_GOLD_ACCURACY = 0.7;
export const REVIEW_MIN_GOLD_ANSWERS = 5;
/** The list's length: the most flagged first, then the least accurate. */
export const WORKERS_TO_REVIEW = 50;

// Flags are read by time (quality_flags_created_idx), gold from the workers' project skills; a ban of
// the last 30 days (a rule's, most often) is there to be confirmed or lifted.
const WORKERS_TO_REVIEW_SQL = `
WITH flagged AS (
  SELECT worker_id, count(*)::int AS flags, max(created_at) AS last_flag
    FROM quality_flags WHERE created_at > now() - interval '30 days' GROUP BY worker_id
), gold AS (
  SELECT worker_id, sum(correct) / sum(total) AS accuracy, sum(total)::int AS answers
    FROM worker_skills WHERE skill LIKE 'project:%' AND total > 0 GROUP BY worker_id
), banned AS (
  SELECT DISTINCT worker_id FROM worker_bans WHERE lifted_at IS NULL AND created_at > now() - interval '30 days'
)
SELECT u.id AS worker_id, u.display_name, u.email, coalesce(f.flags, 0) AS flags, f.last_flag,
       g.accuracy, coalesce(g.answers, 0) AS gold_answers,
       EXISTS (SELECT 1 FROM worker_bans b WHERE b.worker_id = u.id AND b.lifted_at IS NULL) AS banned
  FROM users u LEFT JOIN flagged f ON f.worker_id = u.id LEFT JOIN gold g ON g.worker_id = u.id
 WHERE f.flags > 0 OR (g.answers >= $1 AND g.accuracy < $2) OR u.id IN (SELECT worker_id FROM banned)
 ORDER BY coalesce(f.flags, 0) DESC, g.accuracy ASC NULLS LAST, u.id
 LIMIT $3`;

interface Row {
  worker_id: string;
  display_name: string;
  email: string;
  flags: number;
  last_flag: Date | null;
  accuracy: number | null;
  gold_answers: number;
  banned: boolean;
}

/** The admins' starting point: workers whose flags or gold accuracy call for a look. */
@Injectable()
export class WorkersToReview {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(): Promise<WorkerToReviewModel[]> {
    const rows: Row[] = await this.db.query(WORKERS_TO_REVIEW_SQL, [REVIEW_MIN_GOLD_ANSWERS, REVIEW_BELOW_GOLD_ACCURACY, WORKERS_TO_REVIEW]);
    return rows.map((r) => ({
      workerId: r.worker_id,
      displayName: r.display_name,
      email: r.email,
      recentFlags: r.flags,
      lastFlagAt: r.last_flag,
      goldAccuracy: r.accuracy === null ? null : Number(r.accuracy),
      goldAnswers: r.gold_answers,
      banned: r.banned,
    }));
  }
}
