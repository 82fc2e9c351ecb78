import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from './app.config';

const defaults = { dataDir: '/tmp/data', webDist: '/tmp/web' };

describe('loadConfig', () => {
  it('defaults to the embedded database, port 3000 and the demo seed', () => {
    const config = loadConfig({}, defaults);
    expect(config).toMatchObject({ port: 3000, databaseUrl: null, seedDemo: true, dataDir: '/tmp/data' });
  });

  it('uses DATABASE_URL and does not seed by default then', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/fourmi' }, defaults);
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/fourmi');
    expect(config.seedDemo).toBe(false);
  });

  it('names every bad variable', () => {
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe', JWT_SECRET: 'short' }, defaults);
      expect.fail('should throw');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'SEED_DEMO', 'JWT_SECRET']) expect(message).toContain(name);
    }
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
