import { Module } from '@nestjs/common';
import type { PaymentsConfig } from '../config/app.config';
import { LedgerModule } from '../ledger/ledger.module';
import { PAYMENTS_CONFIG } from '../ledger/payments-config';
import { AdminLedgerService } from './admin-ledger.service';
import { PAYMENT_PROVIDER } from './payment-provider';
import { PaymentsReconciler } from './payments-reconciler';
import { PaymentsResolver } from './payments.resolver';
import { BalanceHistoryResolver } from './balance-history.resolver';
import { PayoutsService } from './payouts.service';
import { ProviderEventsService } from './provider-events.service';
import { SandboxProvider } from './sandbox.provider';
import { createProvider } from './stripe.provider';
import { StripeWebhookController } from './stripe-webhook.controller';
import { TopUpsService } from './top-ups.service';

/** Money in and out: top-ups, payouts, provider webhooks and reconciliation, admin adjustments. */
@Module({
  imports: [LedgerModule],
  controllers: [StripeWebhookController],
  providers: [
    { provide: PAYMENT_PROVIDER, useFactory: (config: PaymentsConfig) => createProvider(config) ?? new SandboxProvider(), inject: [PAYMENTS_CONFIG] },
    TopUpsService,
    PayoutsService,
    ProviderEventsService,
    AdminLedgerService,
    PaymentsReconciler,
    PaymentsResolver,
    BalanceHistoryResolver,
  ],
  exports: [PayoutsService, TopUpsService, PaymentsReconciler],
})
export class PaymentsModule {}
