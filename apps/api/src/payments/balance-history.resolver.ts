import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { AccountType, type HistoryLine, LedgerService } from '../ledger/ledger.service';
import { BalanceHistoryArgs } from './dto/balance-history.args';
import { type LinesPage, pageOf, wholeTransactionsPageOf } from './history-page';
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
    return toModel(pageOf(await this.ledger.requesterHistory(user.id, args.limit + 1, args.before ?? null), args.limit));
  }

  @Allow(Permission.TaskWork)
  @Query(() => BalanceHistoryPageModel, {
    description:
      'Your earnings lines, newest first, paged: answers accepted (pending, then available), bonuses, payouts sent, paid and returned. ' +
      'A page holds whole transactions: when its last line’s transaction has more lines (money moved between two of your accounts: ' +
      'a payout requested, a hold ended, a payout returned), they come on the same page, so a page may hold up to 2 lines more than `limit`',
  })
  async myEarningsHistory(@CurrentUser() user: AuthUser, @Args() args: BalanceHistoryArgs): Promise<BalanceHistoryPageModel> {
    // One transaction has at most one line on each account (ledger_entries_line_key) and one currency, so
    // at most one on each of the worker's three: the page is `limit` lines and at most two more.
    const lines = await this.ledger.history(user.id, WORKER_ACCOUNTS, args.limit + WORKER_ACCOUNTS.length, args.before ?? null);
    return toModel(wholeTransactionsPageOf(lines, args.limit));
  }
}

const WORKER_ACCOUNTS = [AccountType.WORKER_PENDING, AccountType.WORKER_AVAILABLE, AccountType.PAYOUTS_IN_FLIGHT];

const toModel = (page: LinesPage<HistoryLine>): BalanceHistoryPageModel => ({ lines: page.lines.map(toLine), nextBefore: page.nextBefore });
