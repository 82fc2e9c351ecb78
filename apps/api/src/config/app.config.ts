/**
 * The API's configuration, read and validated once at start. A bad value stops the process with a
 * message naming the variable; secrets never appear in logs (see `describeConfig`).
 */
export interface AppConfig {
  port: number;
  /** null: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  /** Connections to PostgreSQL per API process. */
  dbPoolSize: number;
  /** API processes on this machine (node:cluster), each a replica sharing the port. */
  apiWorkers: number;
  jwtSecret: string | null;
  tokenTtlSeconds: number;
  seedDemo: boolean;
  webDist: string;
  production: boolean;
  /** Webhooks may POST to loopback and private addresses (WEBHOOK_ALLOW_PRIVATE; default: only outside production). */
  webhookAllowPrivate: boolean;
  payments: PaymentsConfig;
}

/** Money settings and the payment provider; no Stripe keys means the sandbox provider (no real money). */
export interface PaymentsConfig {
  /** Currency of new accounts and projects. */
  currency: string;
  /** Charged on top of each reward (and bonus), an integer percent. */
  platformFeePercent: number;
  /** Hours an accepted reward stays pending before the worker can withdraw it. */
  payoutHoldHours: number;
  minPayoutCents: number;
  /** The platform's minimum hourly pay; batches whose estimate is lower cannot be published. */
  minHourlyCents: number;
  /** Where the apps live, for Stripe's return URLs. */
  publicUrl: string;
  stripe: StripeConfig | null;
}

export interface StripeConfig {
  secretKey: string;
  webhookSecret: string;
  /** Another Stripe-compatible API (tests): host, port and protocol given to the SDK. */
  apiBase: { host: string; port: number; protocol: 'http' | 'https' } | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env, defaults: { dataDir: string; webDist: string }): AppConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);
  const production = env['NODE_ENV'] === 'production';
  const databaseUrl = read.url('DATABASE_URL', ['postgres:', 'postgresql:']);
  const jwtSecret = read.string('JWT_SECRET', { minLength: 32 });
  if (production && !jwtSecret) problems.push('JWT_SECRET is required when NODE_ENV=production (at least 32 characters)');
  const port = read.int('PORT', 3000, 1, 65535);
  const config: AppConfig = {
    port,
    databaseUrl,
    dataDir: env['DATA_DIR'] || defaults.dataDir,
    embeddedPgPort: read.int('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    dbPoolSize: read.int('DB_POOL_SIZE', 20, 1, 500),
    apiWorkers: read.int('API_WORKERS', 1, 1, 64),
    jwtSecret,
    tokenTtlSeconds: read.int('TOKEN_TTL_SECONDS', 7 * 24 * 3600, 60, 365 * 24 * 3600),
    seedDemo: read.bool('SEED_DEMO', databaseUrl === null),
    webDist: env['WEB_DIST'] || defaults.webDist,
    production,
    webhookAllowPrivate: read.bool('WEBHOOK_ALLOW_PRIVATE', !production),
    payments: readPayments(read, problems, port),
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** The payments settings alone (the defaults when `env` is empty): sandbox, 20% fee, no hold. */
export function loadPaymentsConfig(env: Env): PaymentsConfig {
  const problems: string[] = [];
  const payments = readPayments(new EnvReader(env, problems), problems, 3000);
  if (problems.length) throw new ConfigError(problems);
  return payments;
}

function readPayments(read: EnvReader, problems: string[], port: number): PaymentsConfig {
  const secretKey = read.string('STRIPE_SECRET_KEY', { minLength: 8 });
  const webhookSecret = read.string('STRIPE_WEBHOOK_SECRET', { minLength: 8 });
  const apiBase = read.url('STRIPE_API_BASE', ['http:', 'https:']);
  if (secretKey && !/^(sk|rk)_/.test(secretKey)) problems.push('STRIPE_SECRET_KEY must be a Stripe secret key (sk_… or rk_…)');
  if (secretKey && !webhookSecret) problems.push('STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY (whsec_…)');
  if (!secretKey && (webhookSecret || apiBase)) problems.push('STRIPE_WEBHOOK_SECRET and STRIPE_API_BASE need STRIPE_SECRET_KEY');
  let base: StripeConfig['apiBase'] = null;
  if (apiBase) {
    const url = new URL(apiBase);
    const protocol = url.protocol === 'http:' ? 'http' : 'https';
    base = { host: url.hostname, port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443, protocol };
  }
  const publicUrl = read.url('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;
  return {
    currency: 'EUR',
    platformFeePercent: read.int('PLATFORM_FEE_PERCENT', 20, 0, 100),
    payoutHoldHours: read.int('PAYOUT_HOLD_HOURS', 0, 0, 24 * 90),
    minPayoutCents: read.int('MIN_PAYOUT_CENTS', 500, 1, 100_000_000),
    minHourlyCents: read.int('MIN_HOURLY_CENTS', 900, 0, 100_000_000),
    publicUrl: publicUrl.replace(/\/+$/, ''),
    stripe: secretKey && webhookSecret ? { secretKey, webhookSecret, apiBase: base } : null,
  };
}

/** A loggable view of the config: secrets and passwords masked. */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  return {
    ...config,
    databaseUrl: config.databaseUrl ? config.databaseUrl.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@') : 'embedded',
    jwtSecret: config.jwtSecret ? '***' : '(generated, kept in data dir)',
    payments: {
      ...config.payments,
      stripe: config.payments.stripe ? { ...config.payments.stripe, secretKey: '***', webhookSecret: '***' } : 'sandbox (no real money)',
    },
  };
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  private raw(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === '' ? undefined : value;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || parsed < min || parsed > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return parsed;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes'].includes(value)) return true;
    if (['0', 'false', 'no'].includes(value)) return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  string(name: string, rules: { minLength: number }): string | null {
    const value = this.raw(name);
    if (value === undefined) return null;
    if (value.length < rules.minLength) {
      this.problems.push(`${name} must be at least ${rules.minLength} characters long`);
      return null;
    }
    return value;
  }

  url(name: string, protocols: string[]): string | null {
    const value = this.raw(name);
    if (value === undefined) return null;
    try {
      const url = new URL(value);
      if (protocols.includes(url.protocol)) return value;
    } catch {
      // reported below
    }
    this.problems.push(`${name} must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
    return null;
  }
}
