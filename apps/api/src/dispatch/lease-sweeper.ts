import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { DispatchService } from './dispatch.service';

const QUEUE = 'sweep-leases';

/**
 * Frees slots held by expired leases every minute (a pg-boss schedule, so one replica runs it), on top
 * of the sweep every claim does when it finds no free slot.
 */
@Injectable()
export class LeaseSweeper implements OnApplicationBootstrap {
  constructor(
    private readonly dispatch: DispatchService,
    private readonly jobs: JobsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register({ name: QUEUE, retryLimit: 0, handle: async () => void (await this.dispatch.sweepExpiredLeases()) });
    await this.jobs.schedule(QUEUE, '* * * * *');
  }
}
