import { Controller, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Allow } from '../../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../../auth/current-user.decorator';
import { Permission } from '../../auth/permissions';
import { DomainError, fieldProblem } from '../../common/domain-error';
import { restErrorBody } from '../../common/domain-error.filter';
import { BatchUploadService, type UploadFormat } from './batch-upload.service';

/**
 * `POST /api/projects/:projectId/uploads?format=csv|jsonl&name=…` with the file as the request body
 * (streamed, never held in memory). Answers JSON; with `Accept: application/x-ndjson` it streams a
 * progress line every 10,000 rows, then the result line (the CLI draws its progress bar from them).
 */
@Controller('api/projects/:projectId/uploads')
export class BatchUploadController {
  constructor(private readonly uploads: BatchUploadService) {}

  @Allow(Permission.ProjectManage)
  @Post()
  @HttpCode(201)
  async upload(
    @CurrentUser() user: AuthUser,
    @Param('projectId') projectId: string,
    @Query('format') formatParam: string | undefined,
    @Query('name') name: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // The body is left unread by Fastify (bootstrap.ts streamOtherBodies): Node's request is the file.
    const body = request.raw;
    const streaming = (request.headers['accept'] ?? '').includes('application/x-ndjson');
    const format = uploadFormat(formatParam, request.headers['content-type']);
    if (streaming) {
      reply.hijack(); // progress lines go straight to Node's response
      reply.raw.writeHead(200, { 'content-type': 'application/x-ndjson' });
    }
    try {
      if (!format) throw DomainError.invalid([fieldProblem('format', 'Say format=csv or format=jsonl (or send text/csv or application/x-ndjson)', 'field.notOneOf', { values: ['csv', 'jsonl'] })]);
      const result = await this.uploads.upload(user.id, projectId, name, format, body, (rows) => {
        if (streaming) reply.raw.write(`${JSON.stringify({ type: 'progress', rows })}\n`);
      });
      if (streaming) reply.raw.end(`${JSON.stringify({ type: 'done', ...result })}\n`);
      else await reply.code(201).send(result);
    } catch (error) {
      // The requester cancelled (or the connection broke) before the whole file came: nothing was added
      // and nobody is left to answer.
      if (!request.raw.complete && request.raw.destroyed) return void reply.raw.destroy();
      if (!(error instanceof DomainError)) throw error;
      body.resume(); // drain what is left of the body so the answer reaches the client
      if (!streaming) throw error; // answered by DomainErrorFilter, with its HTTP status
      reply.raw.end(`${JSON.stringify({ type: 'error', ...restErrorBody(error) })}\n`);
    }
  }
}

function uploadFormat(param: string | undefined, contentType = ''): UploadFormat | null {
  if (param === 'csv' || param === 'jsonl') return param;
  if (param) return null;
  if (contentType.startsWith('text/csv')) return 'csv';
  if (contentType.startsWith('application/x-ndjson') || contentType.startsWith('application/jsonl')) return 'jsonl';
  return null;
}
