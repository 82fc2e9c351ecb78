/** Where real money moves. Stripe when keys are configured; otherwise the sandbox (no real money). */
export type PaymentsMode = 'SANDBOX' | 'STRIPE';

export const PAYMENT_PROVIDER = Symbol('PaymentProvider');

/** A provider event (a Stripe event, or the sandbox's synthetic twin), applied once per id. */
export interface ProviderEvent {
  id: string;
  type: string;
  data: { object: Record<string, unknown> };
}

export interface CheckoutRequest {
  topUpId: string;
  userId: string;
  amountCents: number;
  currency: string;
}

export interface TransferRequest {
  payoutId: string;
  amountCents: number;
  currency: string;
  destination: string;
}

/** The provider refused for good (bad account, no balance): the payout failed, its money comes back. */
export class ProviderDeclinedError extends Error {}

export interface PaymentProvider {
  readonly mode: PaymentsMode;
  /** A hosted payment page; `url` null when the sandbox pays at once. */
  createCheckout(request: CheckoutRequest): Promise<{ sessionId: string; url: string | null }>;
  /** The paid amount of a checkout session, or null while unpaid (reconciliation). */
  paidCheckout(sessionId: string): Promise<{ amountCents: number; currency: string } | null>;
  createPayoutAccount(userId: string): Promise<string>;
  /** Where the worker finishes onboarding; null when nothing is left to do (sandbox). */
  onboardingLink(accountId: string): Promise<string | null>;
  /**
   * Sends a payout. Idempotent on the payout id (a retry returns the same transfer). Throws
   * ProviderDeclinedError when refused for good; any other error leaves the outcome unknown.
   */
  createTransfer(request: TransferRequest): Promise<{ transferId: string }>;
  /** The transfer made for a payout, if any (repairs a crash between sending and recording). */
  findTransfer(payoutId: string): Promise<{ transferId: string } | null>;
  /** Verifies a webhook's signature over its raw body and returns the event; throws if forged. */
  verifyWebhook(rawBody: Buffer, signature: string): ProviderEvent;
}

export const transferGroupOf = (payoutId: string) => `payout_${payoutId}`;
