import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { SignedLinks } from '../auth/signed-links';
import { DownloadLinkModel } from '../common/download-link.model';
import { signDownloadLink } from '../common/downloads';
import { ExportService } from './export.service';

/** What a link signs: the export of one project, in one format, for its owner (export.controller.ts reads it). */
export const EXPORT_LINK = 'export';

@Resolver()
export class ExportLinkResolver {
  constructor(
    private readonly exports: ExportService,
    private readonly links: SignedLinks,
  ) {}

  @Allow(Permission.ProjectManage)
  @Mutation(() => DownloadLinkModel, {
    description: 'A one-minute link to download the results of one of your projects (format: csv or jsonl), streamed to disk by the browser; checked now, so a refusal comes here',
  })
  async createExportLink(
    @CurrentUser() user: AuthUser,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('format', { type: () => String, defaultValue: 'csv' }) format: string,
  ): Promise<DownloadLinkModel> {
    const checked = await this.exports.check(user.id, projectId, format);
    return signDownloadLink(this.links, '/api/exports', EXPORT_LINK, { userId: user.id, projectId: checked.project.id, format: checked.format });
  }
}
