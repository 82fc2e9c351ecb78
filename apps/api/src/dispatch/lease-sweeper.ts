import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { DispatchService } from './dispatch.service';

const EVERY_MS = 15_000;

/**
 * Frees slots held by expired leases every 15 s, so a task's last slot does not wait for a claim miss.
 * Safe on many replicas (the sweep skips rows another replica is sweeping).
 */
@Injectable()
export class LeaseSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LeaseSweeper.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly dispatch: DispatchService) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.dispatch.sweepExpiredLeases().catch((error: unknown) => this.logger.warn(`Lease sweep failed: ${String(error)}`));
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
