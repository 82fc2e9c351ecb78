import { Injectable } from '@nestjs/common';
import type { BatchFunding } from './batch-funding';

/** Until the ledger module provides BATCH_FUNDING, batches are published without escrow. */
@Injectable()
export class UnfundedBatches implements BatchFunding {
  async reserve(): Promise<void> {}
  async release(): Promise<void> {}
}
