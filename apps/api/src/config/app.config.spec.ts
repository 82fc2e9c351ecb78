import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig, loadPaymentsConfig } from './app.config';

const defaults = { dataDir: '/tmp/data', webDist: '/tmp/web' };

describe('loadConfig', () => {
  it('defaults to the embedded database, port 3000 and the demo seed', () => {
    const config = loadConfig({}, defaults);
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, seedDemo: true, dataDir: '/tmp/data', apiWorkers: 1 });
  });

  it('uses DATABASE_URL and does not seed by default then', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/fourmi' }, defaults);
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/fourmi');
    expect(config.seedDemo).toBe(false);
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe', JWT_SECRET: 'short', API_WORKERS: '0' }, defaults);
      expect.fail('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'SEED_DEMO', 'JWT_SECRET', 'API_WORKERS']) expect(message).toContain(name);
    }
  });

  it('lets webhooks reach private addresses outside production only, unless WEBHOOK_ALLOW_PRIVATE says otherwise', () => {
    const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', JWT_SECRET: 'x'.repeat(40) };
    expect(loadConfig({}, defaults).webhookAllowPrivate).toBe(true);
    expect(loadConfig(production, defaults).webhookAllowPrivate).toBe(false);
    expect(loadConfig({ ...production, WEBHOOK_ALLOW_PRIVATE: 'true' }, defaults).webhookAllowPrivate).toBe(true);
    expect(() => loadConfig({ WEBHOOK_ALLOW_PRIVATE: 'sometimes' }, defaults)).toThrow(/WEBHOOK_ALLOW_PRIVATE/);
  });

  it('requires a JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' }, defaults)).toThrow(/JWT_SECRET/);
  });

  it('masks secrets when described', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://fourmi:s3cret@db/x', JWT_SECRET: 'x'.repeat(40) }, defaults);
    const text = JSON.stringify(describeConfig(config));
    expect(text).not.toContain('s3cret');
    expect(text).not.toContain('x'.repeat(40));
    expect(text).toContain('fourmi:***@db');
  });
});

describe('payments config', () => {
  it('defaults to the sandbox with a 20% fee, no hold, €5 minimum payout and €9/h minimum pay', () => {
    expect(loadConfig({}, defaults).payments).toEqual({
      currency: 'EUR',
      platformFeePercent: 20,
      payoutHoldHours: 0,
      minPayoutCents: 500,
      minHourlyCents: 900,
      publicUrl: 'http://localhost:3000',
      stripe: null,
    });
    expect(loadPaymentsConfig({})).toEqual(loadConfig({}, defaults).payments);
  });

  it('reads Stripe keys and another API base (tests)', () => {
    const payments = loadPaymentsConfig({
      STRIPE_SECRET_KEY: 'sk_test_123456',
      STRIPE_WEBHOOK_SECRET: 'whsec_abcdefgh',
      STRIPE_API_BASE: 'http://127.0.0.1:12111',
      PLATFORM_FEE_PERCENT: '15',
      PUBLIC_URL: 'https://fourmi.example/',
    });
    expect(payments).toMatchObject({
      platformFeePercent: 15,
      publicUrl: 'https://fourmi.example',
      stripe: { secretKey: 'sk_test_123456', webhookSecret: 'whsec_abcdefgh', apiBase: { host: '127.0.0.1', port: 12111, protocol: 'http' } },
    });
  });

  it('names every bad money variable', () => {
    const bad = { STRIPE_SECRET_KEY: 'pk_live_123456', PLATFORM_FEE_PERCENT: '101', MIN_PAYOUT_CENTS: '0', PAYOUT_HOLD_HOURS: '-1', MIN_HOURLY_CENTS: '9.5' };
    expect(() => loadPaymentsConfig(bad)).toThrow(ConfigError);
    try {
      loadPaymentsConfig(bad);
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['STRIPE_SECRET_KEY must be', 'STRIPE_WEBHOOK_SECRET is required', 'PLATFORM_FEE_PERCENT', 'MIN_PAYOUT_CENTS', 'PAYOUT_HOLD_HOURS', 'MIN_HOURLY_CENTS']) {
        expect(message).toContain(name);
      }
    }
    expect(() => loadPaymentsConfig({ STRIPE_WEBHOOK_SECRET: 'whsec_abcdefgh' })).toThrow(/need STRIPE_SECRET_KEY/);
  });

  it('masks the Stripe secrets when described', () => {
    const config = loadConfig({ STRIPE_SECRET_KEY: 'sk_test_supersecret', STRIPE_WEBHOOK_SECRET: 'whsec_supersecret' }, defaults);
    const text = JSON.stringify(describeConfig(config));
    expect(text).not.toContain('supersecret');
    expect(JSON.stringify(describeConfig(loadConfig({}, defaults)))).toContain('sandbox');
  });
});
