import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module';
import { SessionGate } from './auth/session-gate';
import { TokenService } from './auth/token.service';
import { BatchesModule } from './batches/batches.module';
import { DomainErrorFilter } from './common/domain-error.filter';
import { formatGraphqlError } from './common/graphql-errors';
import { JSONScalar } from './common/json.scalar';
import type { GqlContext } from './common/request-loader';
import { inputValidationPipe } from './common/validation.pipe';
import { dataSourceOptions } from './database/data-source';
import { loadPaymentsConfig, type PaymentsConfig } from './config/app.config';
import { DispatchModule } from './dispatch/dispatch.module';
import { EventsModule } from './events/events.module';
import { HealthController } from './health/health.controller';
import { MetricsController } from './health/metrics.controller';
import { JobsModule } from './jobs/jobs.module';
import { LedgerModule } from './ledger/ledger.module';
import { PaymentsConfigModule } from './ledger/payments-config';
import { PaymentsModule } from './payments/payments.module';
import { ProjectsModule } from './projects/projects.module';
import { QualityModule } from './quality/quality.module';
import { ReviewModule } from './review/review.module';
import { UsersModule } from './users/users.module';

export interface AppOptions {
  databaseUrl: string;
  dbPoolSize?: number;
  jwtSecret: string;
  tokenTtlSeconds: number;
  production: boolean;
  /** Money settings; absent: the defaults (sandbox provider, 20% fee, no hold). */
  payments?: PaymentsConfig;
  /** Webhooks may POST to loopback and private addresses; absent: only outside production. */
  webhookAllowPrivate?: boolean;
}

/** graphql-ws's context, as Nest passes it for a subscription: the headers copied at connect. */
interface SubscriptionContext {
  extra?: { headers: GqlContext['req']['headers'] };
}

/** graphql-ws's `extra` on the ws server: the socket, and the headers this module copies at connect. */
interface SocketExtra {
  headers: Record<string, unknown>;
  socket: { close(code: number, reason: string): void; once(event: 'close', listener: () => void): void };
}

/** The GraphQL endpoint: HTTP operations and graphql-ws subscriptions, both behind the same guard. */
function graphqlOptions(tokens: TokenService, sessions: SessionGate): ApolloDriverConfig {
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: true,
    // No field carries a cache hint, and Apollo's default cache-control plugin would wrap every field
    // resolver of every response to compute one.
    plugins: [ApolloServerPluginCacheControlDisabled()],
    // HTTP operations carry the token in their headers (Fastify passes its request first);
    // subscriptions (graphql-ws) in the connection params, copied to headers at connect and
    // passed in graphql-ws's context (`extra`), so the same guard serves both.
    context: (first: GqlContext['req'] | SubscriptionContext): GqlContext => ({
      req: 'headers' in first ? first : { headers: { ...first.extra?.headers } },
      loaders: new Map(),
    }),
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // A socket opens only for a session that may go on (4403 otherwise), and closes when it ends
        // (a suspension, a password change); each subscription is then checked by the guard as any operation is,
        // with the token copied to its headers here.
        onConnect: async ({ connectionParams, extra }) => {
          const authorization = connectionParams?.['authorization'] ?? connectionParams?.['Authorization'];
          const token = typeof authorization === 'string' ? authorization.replace(/^Bearer /i, '') : '';
          const user = token ? await tokens.verify(token) : null;
          if (!user || sessions.check(user.id, user.generation)) return false;
          const socketExtra = extra as SocketExtra;
          socketExtra.headers = { authorization };
          const forget = sessions.onEnd(user.id, user.generation, () => socketExtra.socket.close(4403, 'This session has ended'));
          socketExtra.socket.once('close', forget);
          return true;
        },
      },
    },
    formatError: formatGraphqlError,
    resolvers: { JSON: JSONScalar },
  };
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    const auth = AuthModule.forRoot({ secret: options.jwtSecret, ttlSeconds: options.tokenTtlSeconds });
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl, options.dbPoolSize)),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({ driver: ApolloDriver, imports: [auth], inject: [TokenService, SessionGate], useFactory: graphqlOptions }),
        auth,
        UsersModule,
        ProjectsModule,
        BatchesModule,
        DispatchModule,
        ReviewModule,
        PaymentsConfigModule.forRoot(options.payments ?? loadPaymentsConfig({})),
        LedgerModule,
        PaymentsModule,
        JobsModule,
        EventsModule.forRoot({ allowPrivateAddresses: options.webhookAllowPrivate ?? !options.production }),
        QualityModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
