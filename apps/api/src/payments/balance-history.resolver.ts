import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { LedgerService } from '../ledger/ledger.service';
import { BalanceHistoryArgs } from './dto/balance-history.args';
import { BalanceHistoryPageModel } from './models/payments.model';
import { toLine } from './payments.resolver';

@Resolver()
export class BalanceHistoryResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Allow(Permission.ProjectManage)
  @Query(() => BalanceHistoryPageModel, {
    description: 'Your money lines, newest first, paged: top-ups, escrow reserved at publish and returned, answers paid with their fee, bonuses, refunds, adjustments',
  })
  async myBalanceHistory(@CurrentUser() user: AuthUser, @Args() args: BalanceHistoryArgs): Promise<BalanceHistoryPageModel> {
    // One more than asked says whether an older page exists without counting the whole history.
    const lines = await this.ledger.requesterHistory(user.id, args.limit + 1, args.before ?? null);
    const page = lines.slice(0, args.limit);
    return { lines: page.map(toLine), nextBefore: lines.length > args.limit ? page[page.length - 1].id : null };
  }
}
