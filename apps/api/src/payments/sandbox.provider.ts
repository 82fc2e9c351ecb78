import type { CheckoutRequest, PaymentProvider, ProviderEvent, TransferRequest } from './payment-provider';

/**
 * No keys, no real money: checkouts are paid at once and transfers settle at once, through the same
 * code paths as Stripe (the top-up is credited by a synthetic `checkout.session.completed` event).
 */
export class SandboxProvider implements PaymentProvider {
  readonly mode = 'SANDBOX' as const;

  async createCheckout(request: CheckoutRequest): Promise<{ sessionId: string; url: string | null }> {
    return { sessionId: `sandbox_cs_${request.topUpId}`, url: null };
  }

  async paidCheckout(): Promise<{ amountCents: number; currency: string } | null> {
    return null;
  }

  async createPayoutAccount(userId: string): Promise<string> {
    return `sandbox_acct_${userId}`;
  }

  async onboardingLink(): Promise<string | null> {
    return null;
  }

  async createTransfer(request: TransferRequest): Promise<{ transferId: string }> {
    return { transferId: `sandbox_tr_${request.payoutId}` };
  }

  async findTransfer(): Promise<{ transferId: string } | null> {
    return null;
  }

  verifyWebhook(): ProviderEvent {
    throw new Error('The sandbox receives no webhooks');
  }
}
