import { Args, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { Permission } from '../auth/permissions';
import { PeopleArgs } from './dto/people.args';
import { PeoplePageModel } from './models/person.model';
import { PeopleDirectory } from './people-directory';

@Resolver()
export class PeopleResolver {
  constructor(private readonly directory: PeopleDirectory) {}

  @Allow(Permission.PeopleAdmin)
  @Query(() => PeoplePageModel, { description: 'Every account (workers, requesters, admins), newest first, found by part of an email or name' })
  people(@Args() args: PeopleArgs): Promise<PeoplePageModel> {
    return this.directory.find(args);
  }
}
