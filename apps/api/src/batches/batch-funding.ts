import type { EntityManager } from 'typeorm';

/** What a batch may cost at most, computed when it is published. */
export interface BatchCost {
  batchId: string;
  projectId: string;
  ownerId: string;
  items: number;
  /** The most answers an item can collect (the max of dynamic overlap). */
  maxOverlap: number;
  rewardCents: number;
  currency: string;
}

/**
 * Where publishing meets money: reserve escrow when a batch is published and return what is unused
 * when it ends. Implemented by the ledger; every call runs inside the batch's own transaction so a
 * batch is never published without its escrow, nor its escrow kept after it ends.
 */
export interface BatchFunding {
  /** What `reserve` will take for these terms: shown before publishing, so the two can never differ. */
  quote(cost: Pick<BatchCost, 'items' | 'maxOverlap' | 'rewardCents'>): number;
  /** Throws a DomainError (with the missing amount) when the requester cannot cover the cost. */
  reserve(tx: EntityManager, cost: BatchCost): Promise<void>;
  /** Returns the batch's unused escrow to the requester (cancel, complete). */
  release(tx: EntityManager, batchId: string): Promise<void>;
}

export const BATCH_FUNDING = Symbol('BatchFunding');
