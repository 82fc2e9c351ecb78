import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { graphqlRuntime } from './common/graphql-runtime';
import { AuthResolver } from './auth/auth.resolver';
import { PasswordResetsResolver } from './auth/password-resets.resolver';
import { BatchesResolver } from './batches/batches.resolver';
import { BatchReserveResolver } from './batches/batch-reserve.resolver';
import { DispatchResolver, WorkProjectResolver } from './dispatch/dispatch.resolver';
import { EventsResolver } from './events/events.resolver';
import { ProjectsResolver } from './projects/projects.resolver';
import { ProjectHistoryResolver } from './projects/project-history.resolver';
import { ProjectPayResolver, WorkProjectPayResolver } from './ledger/fair-pay.resolver';
import { LedgerAuditResolver } from './ledger/ledger-audit.resolver';
import { PaymentsResolver } from './payments/payments.resolver';
import { BalanceHistoryResolver } from './payments/balance-history.resolver';
import { QualityResolver } from './quality/quality.resolver';
import { GoldItemsResolver } from './quality/gold-items.resolver';
import { WorkersToReviewResolver } from './quality/workers-to-review.resolver';
import { AppealsResolver } from './review/appeals.resolver';
import { ExportLinkResolver } from './review/export-link.resolver';
import { HeldRejectionsResolver } from './review/held-rejections.resolver';
import { ResultsResolver } from './review/results.resolver';
import { ReviewResolver } from './review/review.resolver';
import { AccountSuspensionsResolver } from './users/account-suspensions.resolver';
import { AuditTrailResolver } from './users/audit-trail.resolver';
import { MyDataResolver } from './users/my-data.resolver';
import { PeopleResolver } from './users/people.resolver';
import { UsersResolver } from './users/users.resolver';

/** Every resolver of the API; the integration spec proves this list builds the schema the API serves. */
export const resolvers = [AppealsResolver, QualityResolver, GoldItemsResolver, AuthResolver, ProjectsResolver, ProjectHistoryResolver, BatchesResolver, BatchReserveResolver, DispatchResolver, WorkProjectResolver, ResultsResolver, EventsResolver, UsersResolver, ReviewResolver, PaymentsResolver, BalanceHistoryResolver, WorkProjectPayResolver, ProjectPayResolver, ExportLinkResolver, WorkersToReviewResolver, LedgerAuditResolver, PeopleResolver, AuditTrailResolver, HeldRejectionsResolver, AccountSuspensionsResolver, PasswordResetsResolver, MyDataResolver];

/** The GraphQL schema as SDL, built from the code without a database (for `schema.gql`). */
export async function printApiSchema(): Promise<string> {
  // An application context: the schema needs no HTTP server.
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
  await app.close();
  const { printSchema, lexicographicSortSchema } = graphqlRuntime;
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
