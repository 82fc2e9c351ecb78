import { randomBytes } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { TokenService } from '../src/auth/token.service';
import { createApp } from '../src/bootstrap';
import { EventBus } from '../src/events/event-bus';
import { EventRelay } from '../src/events/event-relay';
import { EVENTS_CHANNEL } from '../src/events/event.types';
import type { PaymentsConfig } from '../src/config/app.config';
import { Role } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';

export interface GqlResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: { path: string; message: string }[]; reason?: { key: string; params: Record<string, unknown> } } }[];
}

export interface TestApp {
  url: string;
  databaseUrl: string;
  app: NestFastifyApplication;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResponse<T>>;
  /** A user created straight in the database, with a token minted for it. */
  user(role: Role, name?: string): Promise<{ id: string; token: string; email: string }>;
  sql<R = Record<string, any>>(text: string, params?: unknown[]): Promise<R[]>;
  /** Relays every event written so far (batch counters, webhook deliveries, subscriptions) instead of waiting for the poll. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** Replicas of one test share a signing secret, as production replicas do. */
const TEST_SECRET = randomBytes(32).toString('hex');

/** A fresh database cloned from the migrated template, and the whole API listening on a free port. */
export async function createTestDatabase(): Promise<string> {
  const serverUrl = inject('pgServerUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE fourmi_template`);
  await admin.end();
  return `${serverUrl}/${name}`;
}

/** The whole API on a fresh database, or on `databaseUrl` to run a second replica beside another. */
export async function startTestApp(options: { databaseUrl?: string; jwtSecret?: string; payments?: PaymentsConfig; webhookAllowPrivate?: boolean } = {}): Promise<TestApp> {
  const databaseUrl = options.databaseUrl ?? (await createTestDatabase());
  const jwtSecret = options.jwtSecret ?? TEST_SECRET;
  const app = await createApp({ databaseUrl, jwtSecret, tokenTtlSeconds: 3600, production: false, payments: options.payments, webhookAllowPrivate: options.webhookAllowPrivate }, undefined, ['error']);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  let counter = 0;
  return {
    url,
    databaseUrl,
    app,
    async gql(query, variables, token) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GqlResponse<any>;
    },
    async user(role, name) {
      counter += 1;
      const email = `${name ?? role.toLowerCase()}-${counter}-${randomBytes(3).toString('hex')}@example.org`;
      const user = await app.get(UsersService).create({ email, passwordHash: 'not-a-hash', displayName: name ?? role, roles: [role], locale: 'en' });
      return { id: user.id, email, token: await app.get(TokenService).issue({ id: user.id, roles: user.roles }) };
    },
    async sql(text, params) {
      return (await pool.query(text, params)).rows;
    },
    async settle() {
      await app.get(EventRelay).drain();
      // The relayed events reach this replica's bus through LISTEN, a moment after the relay commits; a
      // marker notified now arrives after them (one channel, commit order).
      const marker = randomBytes(6).toString('hex');
      const markers = app.get(EventBus).stream((e) => (e as unknown as { marker?: string }).marker === marker);
      const heard = markers.next(); // listening from here
      await pool.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify([{ type: 'test.settled', marker, deliveries: [] }])]);
      await heard;
      await markers.return(undefined); // and no longer
    },
    async close() {
      await pool.end();
      await app.close();
    },
  };
}

export { Role };
