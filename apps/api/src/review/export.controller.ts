import { Controller, Get, Logger, Param, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { once } from 'node:events';
import { Allow, Public } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { SignedLinks } from '../auth/signed-links';
import { DomainError } from '../common/domain-error';
import { EXPORT_LINK } from './export-link.resolver';
import { expiredLinkPage, wantsPage } from './expired-link-page';
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
    const claims = ticket ? this.links.read(EXPORT_LINK, ticket) : null;
    if (!claims && wantsPage(req.headers.accept)) {
      await reply.status(401).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(expiredLinkPage(req.headers['accept-language']));
      return;
    }
    if (!claims) throw new DomainError('UNAUTHENTICATED', 'This download link has expired or is not valid: download the results again from the console');
    // Ownership is checked again: the project may have changed hands or gone since the link was made.
    await this.send(reply, claims.projectId, await this.exports.open(claims.userId, claims.projectId, claims.format));
  }

  private async send(reply: FastifyReply, projectId: string, file: ResultsExport): Promise<void> {
    // Written straight to Node's response, as fast as the client reads: Fastify lets go of it.
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.filename}"`, // ASCII-only by construction
      'cache-control': 'no-store',
    });
    let gone = false;
    res.once('close', () => (gone = true));
    try {
      for await (const line of file.lines) {
        if (gone || res.destroyed) return; // the client left: stop reading pages (the generator closes)
        if (!res.write(line)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
      }
      res.end();
    } catch (error) {
      // The status line is sent already: cut the connection, so the client sees an incomplete file
      // (no final chunk) rather than a short one that looks whole.
      this.logger.error(`Export of project ${projectId} failed: ${error instanceof Error ? error.stack : String(error)}`);
      res.destroy();
    }
  }
}
