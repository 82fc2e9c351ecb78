import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../projects/projects.service';
import { PAYMENT_PROVIDER, type PaymentProvider, type ProviderEvent } from './payment-provider';
import { PayoutsService } from './payouts.service';
import { TopUpsService } from './top-ups.service';

export type EventOutcome = 'APPLIED' | 'DUPLICATE' | 'IGNORED';

/**
 * Applies provider events exactly once: the event id is recorded (UNIQUE) in the same transaction as
 * its effect, so a replay finds it and changes nothing; effects are status-guarded, so events arriving
 * out of order converge on the same balances.
 */
@Injectable()
export class ProviderEventsService {
  private readonly logger = new Logger(ProviderEventsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly topUps: TopUpsService,
    private readonly payouts: PayoutsService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
  ) {}

  apply(event: ProviderEvent): Promise<EventOutcome> {
    return this.db.transaction(async (tx) => {
      const [fresh] = await tx.query(
        `INSERT INTO provider_events (id, provider, type, payload) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [event.id, this.provider.mode, event.type, JSON.stringify(event)],
      );
      if (!fresh) return 'DUPLICATE';
      const object = event.data.object;
      const metadata = (object['metadata'] ?? {}) as Record<string, string>;
      const payoutId = isUuid(String(metadata['payoutId'] ?? '')) ? metadata['payoutId'] : null;
      switch (event.type) {
        case 'checkout.session.completed':
        case 'checkout.session.async_payment_succeeded': {
          if (object['payment_status'] !== 'paid') return 'IGNORED';
          const paid = { amountCents: Number(object['amount_total']), currency: String(object['currency'] ?? '') };
          const credited = await this.topUps.credit(tx, { topUpId: metadata['topUpId'], sessionId: String(object['id']) }, paid);
          return credited ? 'APPLIED' : 'IGNORED';
        }
        case 'transfer.created': {
          return payoutId && (await this.payouts.recordTransfer(tx, payoutId, String(object['id']))) ? 'APPLIED' : 'IGNORED';
        }
        case 'transfer.reversed': {
          return payoutId && (await this.payouts.reverse(tx, payoutId, 'The transfer was reversed')) ? 'APPLIED' : 'IGNORED';
        }
        default:
          this.logger.debug?.(`Ignored provider event ${event.type}`);
          return 'IGNORED';
      }
    });
  }
}
