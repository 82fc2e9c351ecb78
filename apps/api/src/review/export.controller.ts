import { Controller, Get, Logger, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { once } from 'node:events';
import { Allow } from '../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../auth/current-user.decorator';
import { Permission } from '../auth/permissions';
import { ExportService } from './export.service';

/**
 * `GET /api/projects/:projectId/export?format=csv|jsonl`: the results of one of your projects as a
 * download, one line per published item, streamed from the database page by page and written only as
 * fast as the client reads (REST, not GraphQL: a file of any size, never held in memory).
 */
@Controller('api/projects/:projectId/export')
export class ExportController {
  private readonly logger = new Logger(ExportController.name);

  constructor(private readonly exports: ExportService) {}

  @Allow(Permission.ProjectManage)
  @Get()
  async export(
    @CurrentUser() user: AuthUser,
    @Param('projectId') projectId: string,
    @Query('format') format: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // A refusal (DomainError) becomes its JSON answer in DomainErrorFilter.
    const file = await this.exports.open(user.id, projectId, format);
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
