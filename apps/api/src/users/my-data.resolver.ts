import { Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { SignedLinks } from '../auth/signed-links';
import { DownloadLinkModel } from '../common/download-link.model';
import { signDownloadLink } from '../common/downloads';

/** What a link signs: the data of one account, for that account alone (my-data.controller.ts reads it). */
export const MY_DATA_LINK = 'my-data';

@Resolver()
export class MyDataResolver {
  constructor(private readonly links: SignedLinks) {}

  @Allow(Permission.Self)
  @Mutation(() => DownloadLinkModel, {
    description:
      'A one-minute link to download a copy of the data Fourmi holds on you (your account, level and skills, every answer with its review, ' +
      'appeals and gold contests, bans, money and the audit events about you), as JSON Lines streamed to disk by the browser',
  })
  createMyDataLink(@CurrentUser() user: AuthUser): DownloadLinkModel {
    return signDownloadLink(this.links, '/api/my-data', MY_DATA_LINK, { userId: user.id });
  }
}
