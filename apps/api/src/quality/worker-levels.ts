import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { levelProgress, type LevelProgress } from '@fourmi/quality';
import type { DataSource, EntityManager } from 'typeorm';
import type { BusMessage } from '../events/event-bus';
import { EventRelay, eventsJson } from '../events/event-relay';
import { ADD_TO_REVIEW_TOTALS_SQL, REVIEW_EVENTS } from './worker-levels.sql';

/**
 * Workers' levels (libs/quality levels.ts), from their reviewed answers: counted by the relay from the
 * answers' events, so the review and answer statements pay nothing for it, and read by primary key by
 * the claim of a project asking a minimum level (dispatch's eligibleSql) and by the worker's level card.
 */
@Injectable()
export class WorkerLevels {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    relay: EventRelay,
  ) {
    relay.use((tx, messages) => this.record(tx, messages));
  }

  async progress(workerId: string): Promise<LevelProgress> {
    const [row] = await this.db.query(`SELECT accepted, rejected FROM worker_review_totals WHERE worker_id = $1`, [workerId]);
    return levelProgress({ accepted: row?.accepted ?? 0, rejected: row?.rejected ?? 0 });
  }

  private async record(tx: EntityManager, messages: BusMessage[]): Promise<void> {
    const moves = eventsJson(messages, REVIEW_EVENTS);
    if (moves) await tx.query(ADD_TO_REVIEW_TOTALS_SQL, [moves, 1]);
  }
}
