import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module';
import { BatchesModule } from './batches/batches.module';
import { DomainErrorFilter } from './common/domain-error.filter';
import { formatGraphqlError } from './common/graphql-errors';
import { JSONScalar } from './common/json.scalar';
import type { GqlContext } from './common/request-loader';
import { inputValidationPipe } from './common/validation.pipe';
import { dataSourceOptions } from './database/data-source';
import { DispatchModule } from './dispatch/dispatch.module';
import { HealthController } from './health/health.controller';
import { ProjectsModule } from './projects/projects.module';
import { ReviewModule } from './review/review.module';
import { UsersModule } from './users/users.module';

export interface AppOptions {
  databaseUrl: string;
  jwtSecret: string;
  tokenTtlSeconds: number;
  production: boolean;
}

@Module({})
export class AppModule {
  static forRoot(options: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(options.databaseUrl)),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: true,
          context: ({ req }: { req: GqlContext['req'] }): GqlContext => ({ req, loaders: new Map() }),
          formatError: formatGraphqlError,
          resolvers: { JSON: JSONScalar },
        }),
        AuthModule.forRoot({ secret: options.jwtSecret, ttlSeconds: options.tokenTtlSeconds }),
        UsersModule,
        ProjectsModule,
        BatchesModule,
        DispatchModule,
        ReviewModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useValue: inputValidationPipe },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
    };
  }
}
