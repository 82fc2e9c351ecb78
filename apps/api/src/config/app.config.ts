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
  jwtSecret: string | null;
  tokenTtlSeconds: number;
  seedDemo: boolean;
  webDist: string;
  production: boolean;
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
  const config: AppConfig = {
    port: read.int('PORT', 3000, 1, 65535),
    databaseUrl,
    dataDir: env['DATA_DIR'] || defaults.dataDir,
    embeddedPgPort: read.int('EMBEDDED_PG_PORT', 54329, 1024, 65535),
    jwtSecret,
    tokenTtlSeconds: read.int('TOKEN_TTL_SECONDS', 7 * 24 * 3600, 60, 365 * 24 * 3600),
    seedDemo: read.bool('SEED_DEMO', databaseUrl === null),
    webDist: env['WEB_DIST'] || defaults.webDist,
    production,
  };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** A loggable view of the config: secrets and passwords masked. */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  return {
    ...config,
    databaseUrl: config.databaseUrl ? config.databaseUrl.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@') : 'embedded',
    jwtSecret: config.jwtSecret ? '***' : '(generated, kept in data dir)',
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
