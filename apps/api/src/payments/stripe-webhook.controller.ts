import { BadRequestException, Controller, Headers, HttpCode, Inject, NotFoundException, Post, type RawBodyRequest, Req } from '@nestjs/common';
import { Public } from '../auth/allow.decorator';
import { PAYMENT_PROVIDER, type PaymentProvider, type ProviderEvent } from './payment-provider';
import { type EventOutcome, ProviderEventsService } from './provider-events.service';

/** Stripe's webhooks: signature checked over the raw body, then each event applied once. */
@Controller('api/stripe')
export class StripeWebhookController {
  constructor(
    private readonly events: ProviderEventsService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
  ) {}

  @Public()
  @Post('webhook')
  @HttpCode(200)
  async receive(@Req() request: RawBodyRequest<{ headers: Record<string, unknown> }>, @Headers('stripe-signature') signature: string | undefined): Promise<{ received: true; outcome: EventOutcome }> {
    if (this.provider.mode !== 'STRIPE') throw new NotFoundException('Payments run in the sandbox: no webhooks');
    let event: ProviderEvent;
    try {
      if (!request.rawBody || !signature) throw new Error('missing body or signature');
      event = this.provider.verifyWebhook(request.rawBody, signature);
    } catch {
      throw new BadRequestException('Invalid Stripe signature');
    }
    return { received: true, outcome: await this.events.apply(event) };
  }
}
