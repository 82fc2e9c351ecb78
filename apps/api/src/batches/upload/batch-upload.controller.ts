import { Controller, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { Allow } from '../../auth/allow.decorator';
import { type AuthUser, CurrentUser } from '../../auth/current-user.decorator';
import { Permission } from '../../auth/permissions';
import { DomainError } from '../../common/domain-error';
import { BatchUploadService, type UploadFormat } from './batch-upload.service';

interface StreamingResponse {
  status(code: number): StreamingResponse;
  setHeader(name: string, value: string): void;
  write(chunk: string): boolean;
  end(chunk?: string): void;
  json(body: unknown): void;
}

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
    @Req() req: Readable & { headers: Record<string, string | undefined> },
    @Res() res: StreamingResponse,
  ): Promise<void> {
    const streaming = (req.headers['accept'] ?? '').includes('application/x-ndjson');
    const format = uploadFormat(formatParam, req.headers['content-type']);
    if (streaming) {
      res.status(200);
      res.setHeader('content-type', 'application/x-ndjson');
    }
    try {
      if (!format) throw DomainError.invalid([{ path: 'format', message: 'Say format=csv or format=jsonl (or send text/csv or application/x-ndjson)' }]);
      const result = await this.uploads.upload(user.id, projectId, name, format, req, (rows) => {
        if (streaming) res.write(`${JSON.stringify({ type: 'progress', rows })}\n`);
      });
      if (streaming) res.end(`${JSON.stringify({ type: 'done', ...result })}\n`);
      else res.status(201).json(result);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      req.resume(); // drain what is left of the body so the answer reaches the client
      const body = { error: { code: error.code, message: error.message, fields: error.fields } };
      if (streaming) res.end(`${JSON.stringify({ type: 'error', ...body })}\n`);
      else res.status(error.code === 'NOT_FOUND' ? 404 : error.code === 'BAD_USER_INPUT' ? 400 : 409).json(body);
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
