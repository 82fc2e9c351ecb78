import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { SignedLinks } from '../auth/signed-links';
import { ExportService } from './export.service';
import { ExportLinkModel } from './models/export-link.model';

/** What a link signs: the export of one project, in one format, for its owner (export.controller.ts reads it). */
export const EXPORT_LINK = 'export';

/** Long enough for the browser to follow the link at once, short enough that a leaked one is useless. */
export const EXPORT_LINK_SECONDS = 60;

@Resolver()
export class ExportLinkResolver {
  constructor(
    private readonly exports: ExportService,
    private readonly links: SignedLinks,
  ) {}

  @Allow(Permission.ProjectManage)
  @Mutation(() => ExportLinkModel, {
    description: 'A one-minute link to download the results of one of your projects (format: csv or jsonl), streamed to disk by the browser; checked now, so a refusal comes here',
  })
  async createExportLink(
    @CurrentUser() user: AuthUser,
    @Args('projectId', { type: () => ID }) projectId: string,
    @Args('format', { type: () => String, defaultValue: 'csv' }) format: string,
  ): Promise<ExportLinkModel> {
    const checked = await this.exports.check(user.id, projectId, format);
    const { ticket, expiresAt } = this.links.sign(EXPORT_LINK, { userId: user.id, projectId: checked.project.id, format: checked.format }, EXPORT_LINK_SECONDS);
    return { url: `/api/exports?${new URLSearchParams({ ticket })}`, expiresAt };
  }
}
