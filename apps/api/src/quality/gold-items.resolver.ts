import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { GoldItemsArgs } from './dto/gold-items.args';
import { GoldItemsService } from './gold-items.service';
import { GoldItemPageModel } from './models/gold-item.model';

@Resolver()
export class GoldItemsResolver {
  constructor(private readonly gold: GoldItemsService) {}

  @Allow(Permission.ProjectManage)
  @Query(() => GoldItemPageModel, { description: 'Gold items of one of your projects, oldest first, paged: each with its answer, explanation, and how many workers answered it and how well' })
  goldItems(@CurrentUser() user: AuthUser, @Args() args: GoldItemsArgs): Promise<GoldItemPageModel> {
    return this.gold.page(user.id, args);
  }
}
