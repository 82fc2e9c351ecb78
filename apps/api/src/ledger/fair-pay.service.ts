import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { PaymentsConfig } from '../config/app.config';
import { LedgerError } from './ledger.service';
import { fieldProblem } from '../common/domain-error';
import { formatMoney, hourlyRateCents } from './money';
import { PAYMENTS_CONFIG } from './payments-config';

/** Answers needed before the measured working time replaces the requester's estimate. */
export const MIN_MEASURED_ANSWERS = 5;

interface EstimateRow {
  id: string;
  reward_cents: number;
  estimated_seconds_per_task: number | null;
  samples: number;
  median_ms: number | null;
  /** Of the measured answers, the share that is paid (not gold). */
  paid_share: number | null;
  /** Before answers are measured: 1 − the gold ratio while the project has gold to mix in. */
  expected_paid_share: number;
}

/**
 * Pay per hour of the worker's time: gold items, mixed into the work at the project's gold ratio, take
 * as long as the others and are not paid, so they count in the time and not in the pay.
 */
export interface HourlyEstimate {
  projectId: string;
  /** null: no answers measured and no estimate given. */
  hourlyRateCents: number | null;
  source: 'MEASURED' | 'ESTIMATED' | null;
}

/** Fair pay: what a project's reward comes to per hour of work, and the platform's minimum. */
@Injectable()
export class FairPayService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PAYMENTS_CONFIG) private readonly config: PaymentsConfig,
  ) {}

  /**
   * One query for any number of projects (the worker feed). The measured time comes from the project's
   * latest 1,000 answers (WorkTimes), so the estimate follows the work as it is, with each worker
   * counted once: the median of the workers' own medians. Over the answers themselves, one worker
   * answering in 60 ms (a script) made a project's rate €2,727 an hour for everyone.
   */
  async estimates(projectIds: readonly string[], tx?: EntityManager): Promise<HourlyEstimate[]> {
    const rows: EstimateRow[] = await (tx ?? this.db).query(
      `SELECT p.id, p.reward_cents, p.estimated_seconds_per_task, m.samples, m.median_ms, m.paid_share,
              CASE WHEN p.gold_ratio > 0 AND EXISTS (SELECT 1 FROM tasks t WHERE t.project_id = p.id AND t.status = 'OPEN' AND t.is_gold)
                   THEN 1 - p.gold_ratio ELSE 1 END::float8 AS expected_paid_share
         FROM projects p
         LEFT JOIN LATERAL (
           SELECT sum(w.answers)::int AS samples,
                  percentile_cont(0.5) WITHIN GROUP (ORDER BY w.median_ms) AS median_ms,
                  (sum(w.paid) / nullif(sum(w.answers), 0))::float8 AS paid_share
             FROM (SELECT count(*) AS answers, count(*) FILTER (WHERE NOT s.is_gold) AS paid,
                          percentile_cont(0.5) WITHIN GROUP (ORDER BY s.work_ms) AS median_ms
                     FROM work_time_samples s
                    WHERE s.project_id = p.id
                    GROUP BY s.worker_id) w
         ) m ON true
        WHERE p.id = ANY($1::uuid[])`,
      [projectIds],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    return projectIds.map((projectId) => {
      const r = byId.get(projectId);
      if (r && r.samples >= MIN_MEASURED_ANSWERS && r.median_ms !== null && r.median_ms > 0) {
        return { projectId, hourlyRateCents: hourlyRateCents(r.reward_cents, Number(r.median_ms), r.paid_share ?? 1), source: 'MEASURED' };
      }
      if (r?.estimated_seconds_per_task) {
        return { projectId, hourlyRateCents: hourlyRateCents(r.reward_cents, r.estimated_seconds_per_task * 1000, r.expected_paid_share), source: 'ESTIMATED' };
      }
      return { projectId, hourlyRateCents: null, source: null };
    });
  }

  /** Refuses work paying less than the platform minimum (when the pay can be estimated). */
  async requireFairPay(tx: EntityManager, projectId: string, currency: string): Promise<void> {
    const [estimate] = await this.estimates([projectId], tx);
    const minimum = this.config.minHourlyCents;
    if (estimate.hourlyRateCents === null || estimate.hourlyRateCents >= minimum) return;
    const measured = estimate.source === 'MEASURED';
    const how = measured ? 'measured from the answers so far' : 'from your time estimate';
    const message = `This project pays about ${formatMoney(estimate.hourlyRateCents, currency)} an hour (${how}), below the platform minimum of ${formatMoney(minimum, currency)} an hour; raise the reward`;
    const params = { hourlyCents: estimate.hourlyRateCents, minimumCents: minimum, currency };
    const field = fieldProblem('rewardCents', message, measured ? 'field.unfairPayMeasured' : 'field.unfairPayEstimated', params);
    throw new LedgerError('BAD_USER_INPUT', message, [field]);
  }

  /**
   * What each accepted answer of a project must add to reach the platform's minimum hourly pay, from
   * the measured working time; 0 when the pay is fair or not measured yet.
   */
  async topUpPerAnswer(tx: EntityManager | undefined, projectId: string, rewardCents: number): Promise<{ cents: number; hourlyRateCents: number | null }> {
    const [estimate] = await this.estimates([projectId], tx);
    const hourly = estimate?.source === 'MEASURED' ? estimate.hourlyRateCents : null;
    if (hourly === null || hourly <= 0 || hourly >= this.config.minHourlyCents) return { cents: 0, hourlyRateCents: hourly };
    return { cents: Math.ceil((rewardCents * this.config.minHourlyCents) / hourly) - rewardCents, hourlyRateCents: hourly };
  }

  get minHourlyCents(): number {
    return this.config.minHourlyCents;
  }
}
