import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service';
import { ReviewService } from './review.service';

const QUEUE = 'auto-accept';
/** A run stops taking chunks after this long: runs start every minute. */
const RUN_BUDGET_MS = 40_000;

/**
 * The automatic acceptance policy: answers of projects with `auto_accept_hours` left unreviewed that
 * long are accepted (and paid) as their requester would, every minute, on one replica (pg-boss).
 * Gold answers and answers held by the mass-rejection guard wait for a person.
 */
@Injectable()
export class AutoAcceptance implements OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly review: ReviewService,
    private readonly jobs: JobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({ name: QUEUE, retryLimit: 0, handle: async () => void (await this.run()) });
    await this.jobs.schedule(QUEUE, '* * * * *');
  }

  /** Answers accepted per transaction. Replaceable so tests can take several in one run. */
  chunk = 500;

  /**
   * Accepts what is due, `chunk` answers per transaction, until nothing is due or 40 s have passed (the
   * next run starts a minute after this one did); returns how many. One chunk a run accepted 500
   * answers a minute at most, while one chunk takes 40–50 ms and a busy platform takes hundreds of
   * answers a second.
   */
  async run(): Promise<number> {
    const started = Date.now();
    let total = 0;
    for (;;) {
      const accepted = await this.acceptDue();
      total += accepted;
      if (accepted < this.chunk || Date.now() - started >= RUN_BUDGET_MS) return total;
    }
  }

  private async acceptDue(): Promise<number> {
    // Driven from the (few) projects with the policy, each walking its own partial index of unreviewed answers.
    const due: { id: string; owner_id: string }[] = await this.db.query(
      `SELECT a.id::text, p.owner_id
         FROM projects p
         CROSS JOIN LATERAL (
           SELECT a.id FROM assignments a
            WHERE a.project_id = p.id AND a.status = 'SUBMITTED' AND NOT a.is_gold
              AND a.submitted_at <= now() - make_interval(hours => p.auto_accept_hours)
              AND NOT EXISTS (SELECT 1 FROM mass_rejections m WHERE m.status = 'PENDING' AND a.id = ANY (m.assignment_ids))
            ORDER BY a.submitted_at LIMIT $1) a
        WHERE p.auto_accept_hours IS NOT NULL
        LIMIT $1`,
      [this.chunk],
    );
    const byOwner = new Map<string, string[]>();
    for (const row of due) byOwner.set(row.owner_id, [...(byOwner.get(row.owner_id) ?? []), row.id]);
    for (const [owner, ids] of byOwner) await this.review.decide(owner, ids, 'ACCEPTED', null);
    return due.length;
  }
}
