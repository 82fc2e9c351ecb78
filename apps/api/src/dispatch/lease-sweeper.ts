import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobsService } from '../jobs/jobs.service';
import { DispatchService } from './dispatch.service';
import { analyzeGrownTables } from './hot-path-plans';

const QUEUE = 'sweep-leases';

/**
 * Frees slots held by expired leases every minute (a pg-boss schedule, so one replica runs it), on top
 * of the sweep every claim does when it finds no free slot; then analyzes the hot tables if they have
 * doubled since their last statistics (hot-path-plans.ts).
 */
@Injectable()
export class LeaseSweeper implements OnApplicationBootstrap {
  constructor(
    private readonly dispatch: DispatchService,
    private readonly jobs: JobsService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({ name: QUEUE, retryLimit: 0, handle: () => this.sweep() });
    await this.jobs.schedule(QUEUE, '* * * * *');
  }

  private async sweep(): Promise<void> {
    await this.dispatch.sweepExpiredLeases();
    await analyzeGrownTables(this.db);
  }
}
