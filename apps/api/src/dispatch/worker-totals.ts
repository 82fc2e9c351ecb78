import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BusMessage } from '../events/event-bus';
import { EventRelay, eventsJson } from '../events/event-relay';
import { ADD_TO_WORKER_TOTALS_SQL, WORKER_TOTALS_EVENTS } from './worker-totals.sql';

/**
 * Each worker's answers sent (not rejected or returned) and their rewards, for the feed's earnings
 * widget: kept by the relay from the answers' events, since counting the worker's answers at each
 * refresh took 55–70 ms for 30,000 of them (docs/benchmarks.md). The answer and decision statements
 * pay nothing for it.
 */
@Injectable()
export class WorkerTotals {
  constructor(relay: EventRelay) {
    relay.use((tx, messages) => this.record(tx, messages));
  }

  private async record(tx: EntityManager, messages: BusMessage[]): Promise<void> {
    const moves = eventsJson(messages, WORKER_TOTALS_EVENTS);
    if (moves) await tx.query(ADD_TO_WORKER_TOTALS_SQL, [moves, 1]);
  }
}
