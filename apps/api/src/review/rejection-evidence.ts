import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What a rejection rests on: failed gold items with their expected answers, timing, and consensus. */
export interface Evidence {
  failedGold: { assignmentId: string; item: unknown; expected: unknown; given: unknown }[];
  durationSeconds: number | null;
  projectMedianSeconds: number | null;
  consensus: string | null;
}

/** Records the evidence of rejected answers, in the rejecting transaction, for the worker and for appeals. */
@Injectable()
export class RejectionEvidence {
  async record(tx: EntityManager, assignmentIds: string[]): Promise<void> {
    await tx.query(
      `WITH medians AS (
         SELECT o.project_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY o.duration_ms) / 1000.0 AS median
           FROM assignments o
          WHERE o.project_id IN (SELECT project_id FROM assignments WHERE id = ANY($1::bigint[]))
            AND o.status IN ('SUBMITTED', 'ACCEPTED') AND o.duration_ms IS NOT NULL
          GROUP BY o.project_id
       )
       UPDATE assignment_reviews r SET evidence = jsonb_build_object(
           'failedGold', (SELECT coalesce(jsonb_agg(jsonb_build_object('assignmentId', ga.id::text, 'item', g.input, 'expected', g.gold_answer, 'given', ga.answer)), '[]')
                            FROM (SELECT * FROM assignments ga WHERE ga.worker_id = a.worker_id AND ga.project_id = a.project_id
                                     AND ga.is_gold AND ga.gold_score < 1 ORDER BY ga.id DESC LIMIT 10) ga
                            JOIN tasks g ON g.id = ga.task_id),
           'durationSeconds', a.duration_ms / 1000.0,
           'projectMedianSeconds', m.median,
           'consensus', t.consensus->>'voteKey')
         FROM assignments a JOIN tasks t ON t.id = a.task_id LEFT JOIN medians m ON m.project_id = a.project_id
        WHERE r.assignment_id = a.id AND a.id = ANY($1::bigint[])`,
      [assignmentIds],
    );
  }
}
