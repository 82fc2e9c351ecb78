import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BusMessage } from '../events/event-bus';
import { EventRelay } from '../events/event-relay';
import { RECORD_WORK_TIMES_SQL } from './work-times.sql';

/**
 * Each project's latest working times (submitted − leased), kept for fair pay and the hourly rates
 * shown to workers. They are written when the answers' events are relayed, a few tens of
 * milliseconds after the answers, so that the answer's own statement pays nothing for them.
 */
@Injectable()
export class WorkTimes {
  constructor(relay: EventRelay) {
    relay.use((tx, messages) => this.record(tx, messages));
  }

  private async record(tx: EntityManager, messages: BusMessage[]): Promise<void> {
    const answered = messages.flatMap((m) => (m.type === 'assignment.submitted' ? [m.assignmentId] : []));
    if (answered.length) await tx.query(RECORD_WORK_TIMES_SQL, [answered]);
  }
}
