import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { AccountType, type HistoryLine, LedgerService } from '../ledger/ledger.service';
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
    return pageOf(await this.ledger.requesterHistory(user.id, args.limit + 1, args.before ?? null), args.limit);
  }

  @Allow(Permission.TaskWork)
  @Query(() => BalanceHistoryPageModel, {
    description: 'Your earnings lines, newest first, paged: answers accepted (pending, then available), bonuses, payouts sent, paid and returned',
  })
  async myEarningsHistory(@CurrentUser() user: AuthUser, @Args() args: BalanceHistoryArgs): Promise<BalanceHistoryPageModel> {
    return pageOf(await this.ledger.history(user.id, WORKER_ACCOUNTS, args.limit + 1, args.before ?? null), args.limit);
  }
}

const WORKER_ACCOUNTS = [AccountType.WORKER_PENDING, AccountType.WORKER_AVAILABLE, AccountType.PAYOUTS_IN_FLIGHT];

/** Lines read one more than asked: the extra one says whether an older page exists, without counting the whole history. */
function pageOf(lines: HistoryLine[], limit: number): BalanceHistoryPageModel {
  const page = lines.slice(0, limit);
  return { lines: page.map(toLine), nextBefore: lines.length > limit ? page[page.length - 1].id : null };
}
