import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { Permission } from '../auth/permissions';
import { AuditTrail } from './audit-trail';
import { AuditTrailArgs } from './dto/audit-trail.args';
import { AuditPageModel } from './models/audit-entry.model';

@Resolver()
export class AuditTrailResolver {
  constructor(private readonly trail: AuditTrail) {}

  @Allow(Permission.PeopleAdmin)
  @Query(() => AuditPageModel, { description: 'What admins (and quality rules) did, newest first: bans, appeals, held rejections, gold contests, credits and refunds, and requesters’ project edits' })
  auditTrail(@Args() args: AuditTrailArgs): Promise<AuditPageModel> {
    return this.trail.page(args);
  }
}
