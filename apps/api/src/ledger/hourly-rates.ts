import { Injectable } from '@nestjs/common';
import { FairPayService, type HourlyEstimate } from './fair-pay.service';

/** How long a shown rate is served before it is measured again. */
export const HOURLY_RATE_TTL_MS = 60_000;

interface Entry {
  estimate: HourlyEstimate;
  measuredAt: number;
}

/**
 * The hourly rates the worker feed shows, kept per replica for a minute. Every worker on the feed asks
 * every 30 s, and measuring a rate takes the median of the project's latest 1,000 working times
 * (WorkTimes): 4.5–5.3 ms for 10 projects, so 3,000 workers on the feed would keep PostgreSQL half
 * busy measuring (docs/benchmarks.md). Measured once a minute per project instead. A stale rate is
 * served while it is measured again; only a project never shown waits. Money decisions (fair-pay
 * top-ups) measure afresh (FairPayService.topUpPerAnswer).
 */
@Injectable()
export class HourlyRates {
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Promise<void>>();
  /** Replaceable so tests can move time. */
  now: () => number = Date.now;

  constructor(private readonly fairPay: FairPayService) {}

  async of(projectIds: readonly string[]): Promise<(number | null)[]> {
    const missing = projectIds.filter((id) => !this.entries.has(id));
    if (missing.length) await this.measure(missing);
    const stale = projectIds.filter((id) => this.isStale(id));
    if (stale.length) void this.measure(stale).catch(() => undefined);
    return projectIds.map((id) => this.entries.get(id)?.estimate.hourlyRateCents ?? null);
  }

  private isStale(id: string): boolean {
    const entry = this.entries.get(id);
    return entry !== undefined && !this.pending.has(id) && this.now() - entry.measuredAt >= HOURLY_RATE_TTL_MS;
  }

  /** One query for the projects not being measured already; waits for those that are. */
  private async measure(projectIds: string[]): Promise<void> {
    const fresh = projectIds.filter((id) => !this.pending.has(id));
    if (fresh.length) {
      const done = this.fairPay
        .estimates(fresh)
        .then((estimates) => {
          for (const estimate of estimates) this.entries.set(estimate.projectId, { estimate, measuredAt: this.now() });
        })
        .finally(() => {
          for (const id of fresh) this.pending.delete(id);
        });
      for (const id of fresh) this.pending.set(id, done);
    }
    await Promise.all(projectIds.map((id) => this.pending.get(id)));
  }
}
