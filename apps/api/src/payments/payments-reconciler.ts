import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { PAYMENT_PROVIDER, type PaymentProvider } from './payment-provider';
import { PayoutsService } from './payouts.service';
import { ProviderEventsService } from './provider-events.service';
import { TopUpsService } from './top-ups.service';

const EVERY_MS = 60_000;
/** Younger payouts and top-ups are still in their normal round trip; leave them be. */
const GRACE_SECONDS = 120;

/**
 * Reconciliation against the provider: payouts left in flight are finished, top-ups paid without a
 * webhook reaching us are credited. Runs every minute; safe to run anywhere, any number of times.
 */
@Injectable()
export class PaymentsReconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PaymentsReconciler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly payouts: PayoutsService,
    private readonly topUps: TopUpsService,
    private readonly events: ProviderEventsService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
  ) {}

  async reconcile(graceSeconds = GRACE_SECONDS): Promise<{ payoutsSettled: number; topUpsCredited: number }> {
    const payoutsSettled = await this.payouts.reconcile(graceSeconds);
    let topUpsCredited = 0;
    for (const { id, sessionId } of await this.topUps.unpaidSessions(graceSeconds)) {
      const paid = await this.provider.paidCheckout(sessionId);
      if (!paid) continue;
      // A synthetic event through the same path as the webhook; the top-up is credited once either way.
      const outcome = await this.events.apply({
        id: `reconcile_${sessionId}`,
        type: 'checkout.session.completed',
        data: { object: { id: sessionId, payment_status: 'paid', amount_total: paid.amountCents, currency: paid.currency, metadata: { topUpId: id } } },
      });
      if (outcome === 'APPLIED') topUpsCredited += 1;
    }
    return { payoutsSettled, topUpsCredited };
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.reconcile().catch((error: unknown) => this.logger.warn(`Reconciliation failed: ${String(error)}`));
    }, EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }
}
