import { type DynamicModule, Module } from '@nestjs/common';
import type { PaymentsConfig } from '../config/app.config';

/** The validated money settings (`PaymentsConfig`), injected where a fee, hold or minimum is applied. */
export const PAYMENTS_CONFIG = Symbol('PaymentsConfig');

@Module({})
export class PaymentsConfigModule {
  static forRoot(config: PaymentsConfig): DynamicModule {
    return { module: PaymentsConfigModule, global: true, providers: [{ provide: PAYMENTS_CONFIG, useValue: config }], exports: [PAYMENTS_CONFIG] };
  }
}
