import Stripe from 'stripe';
import type { PaymentsConfig, StripeConfig } from '../config/app.config';
import { type CheckoutRequest, type PaymentProvider, ProviderDeclinedError, type ProviderEvent, type TransferRequest, transferGroupOf } from './payment-provider';

/** Real money through Stripe: Checkout for top-ups, Connect (Express accounts + transfers) for payouts. */
export class StripeProvider implements PaymentProvider {
  readonly mode = 'STRIPE' as const;
  private readonly stripe: Stripe;

  constructor(
    private readonly config: StripeConfig,
    private readonly publicUrl: string,
  ) {
    this.stripe = new Stripe(config.secretKey, {
      maxNetworkRetries: 2,
      ...(config.apiBase ? { host: config.apiBase.host, port: config.apiBase.port, protocol: config.apiBase.protocol } : {}),
    });
  }

  async createCheckout(request: CheckoutRequest): Promise<{ sessionId: string; url: string | null }> {
    const session = await this.stripe.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [
          {
            quantity: 1,
            price_data: { currency: request.currency.toLowerCase(), unit_amount: request.amountCents, product_data: { name: 'Fourmi balance top-up' } },
          },
        ],
        client_reference_id: request.topUpId,
        metadata: { topUpId: request.topUpId, userId: request.userId },
        success_url: `${this.publicUrl}/console/billing?topUp=${request.topUpId}&result=success`,
        cancel_url: `${this.publicUrl}/console/billing?topUp=${request.topUpId}&result=cancelled`,
      },
      { idempotencyKey: `topup:${request.topUpId}` },
    );
    return { sessionId: session.id, url: session.url };
  }

  async paidCheckout(sessionId: string): Promise<{ amountCents: number; currency: string } | null> {
    const session = await this.stripe.checkout.sessions.retrieve(sessionId);
    if (session.payment_status !== 'paid' || session.amount_total === null) return null;
    return { amountCents: session.amount_total, currency: (session.currency ?? 'eur').toUpperCase() };
  }

  async createPayoutAccount(userId: string): Promise<string> {
    const account = await this.stripe.accounts.create(
      { type: 'express', capabilities: { transfers: { requested: true } }, metadata: { userId } },
      { idempotencyKey: `connect:${userId}` },
    );
    return account.id;
  }

  async onboardingLink(accountId: string): Promise<string | null> {
    const link = await this.stripe.accountLinks.create({
      account: accountId,
      type: 'account_onboarding',
      refresh_url: `${this.publicUrl}/earnings?payoutAccount=refresh`,
      return_url: `${this.publicUrl}/earnings?payoutAccount=done`,
    });
    return link.url;
  }

  async createTransfer(request: TransferRequest): Promise<{ transferId: string }> {
    try {
      const transfer = await this.stripe.transfers.create(
        {
          amount: request.amountCents,
          currency: request.currency.toLowerCase(),
          destination: request.destination,
          transfer_group: transferGroupOf(request.payoutId),
          metadata: { payoutId: request.payoutId },
        },
        { idempotencyKey: `payout:${request.payoutId}` },
      );
      return { transferId: transfer.id };
    } catch (error) {
      // 4xx other than rate limiting and idempotency conflicts: Stripe refused, nothing was sent.
      if (error instanceof Stripe.errors.StripeError && error.statusCode && error.statusCode >= 400 && error.statusCode < 500 && ![409, 429].includes(error.statusCode)) {
        throw new ProviderDeclinedError(error.message);
      }
      throw error;
    }
  }

  async findTransfer(payoutId: string): Promise<{ transferId: string } | null> {
    const list = await this.stripe.transfers.list({ transfer_group: transferGroupOf(payoutId), limit: 1 });
    return list.data[0] ? { transferId: list.data[0].id } : null;
  }

  verifyWebhook(rawBody: Buffer, signature: string): ProviderEvent {
    return this.stripe.webhooks.constructEvent(rawBody, signature, this.config.webhookSecret) as unknown as ProviderEvent;
  }
}

export function createProvider(config: PaymentsConfig): StripeProvider | null {
  return config.stripe ? new StripeProvider(config.stripe, config.publicUrl) : null;
}
