import { Controller, Get, Logger, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Allow, Public } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { SignedLinks } from '../auth/signed-links';
import { readDownloadLink, sendDownload } from '../common/downloads';
import { EXPORT_LINK } from './export-link.resolver';
import { ExportService, type ResultsExport } from './export.service';

/**
 * The results of one of your projects as a download, one line per published item, streamed from the
 * database page by page and written only as fast as the client reads (REST, not GraphQL: a file of any
 * size, never held in memory). Two doors to the same file:
 * - `GET /api/projects/:projectId/export?format=csv|jsonl` with the token in the header (CLI, scripts);
 * - `GET /api/exports?ticket=…`, a link from `createExportLink` (the console: a browser following a
 *   link sends no header, and saves the file to disk as it arrives).
 */
@Controller('api')
export class ExportController {
  private readonly logger = new Logger(ExportController.name);

  constructor(
    private readonly exports: ExportService,
    private readonly links: SignedLinks,
  ) {}

  @Allow(Permission.ProjectManage)
  @Get('projects/:projectId/export')
  async export(
    @CurrentUser() user: AuthUser,
    @Param('projectId') projectId: string,
    @Query('format') format: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // A refusal (DomainError) becomes its JSON answer in DomainErrorFilter.
    await this.send(reply, projectId, await this.exports.open(user.id, projectId, format));
  }

  @Public() // the ticket is the proof: signed for this owner, project and format, for a minute
  @Get('exports') // the ticket in the query: at about 200 characters it is longer than a path segment may be
  async exportByLink(@Query('ticket') ticket: string | undefined, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const claims = await readDownloadLink(this.links, EXPORT_LINK, ticket, req, reply, 'results');
    if (!claims) return; // the browser tab was shown the expired link page
    // Ownership is checked again: the project may have changed hands or gone since the link was made.
    await this.send(reply, claims.projectId, await this.exports.open(claims.userId, claims.projectId, claims.format));
  }

  private send(reply: FastifyReply, projectId: string, file: ResultsExport): Promise<void> {
    return sendDownload(reply, file, this.logger, `Export of project ${projectId}`);
  }
}
