import type { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { once } from 'node:events';
import type { SignedLinks } from '../auth/signed-links';
import type { DownloadLinkModel } from './download-link.model';
import { DomainError } from './domain-error';
import { type ExpiredDownload, expiredLinkPage, wantsPage } from './expired-link-page';

/**
 * Files the API streams to a browser through a one-minute signed link (a project's results, a person's
 * own data): the link made by a GraphQL mutation, which checks first so a refusal comes there; the file
 * read by a REST route that takes the link's ticket instead of a token, since a browser following a
 * link sends no header and saves the file to disk as it arrives.
 */

/** A file of any size, produced one line at a time as the client reads. */
export interface FileDownload {
  filename: string;
  contentType: string;
  lines: AsyncIterable<string>;
}

/** Long enough for the browser to follow the link at once, short enough that a leaked one is useless. */
export const DOWNLOAD_LINK_SECONDS = 60;

const AGAIN: Record<ExpiredDownload, string> = {
  results: 'download the results again from the console',
  myData: 'download your data again from your profile',
};

/** A link to `path` (a route of this API) carrying a ticket for `purpose` and `claims`, valid one minute. */
export function signDownloadLink(links: SignedLinks, path: string, purpose: string, claims: Record<string, string>): DownloadLinkModel {
  const { ticket, expiresAt } = links.sign(purpose, claims, DOWNLOAD_LINK_SECONDS);
  return { url: `${path}?${new URLSearchParams({ ticket })}`, expiresAt };
}

/**
 * The claims of a link's ticket; or, when it is missing, forged or expired, null after answering a
 * browser tab with the expired link page (saying where to download again), or a refusal for a script.
 */
export async function readDownloadLink(
  links: SignedLinks,
  purpose: string,
  ticket: string | undefined,
  req: FastifyRequest,
  reply: FastifyReply,
  download: ExpiredDownload,
): Promise<Record<string, string> | null> {
  const claims = ticket ? links.read(purpose, ticket) : null;
  if (claims) return claims;
  if (wantsPage(req.headers.accept)) {
    await reply.status(401).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(expiredLinkPage(req.headers['accept-language'], download));
    return null;
  }
  // A script reading an old link (a browser tab is shown the page above, in its language): no app words it.
  throw new DomainError('UNAUTHENTICATED', `This download link has expired or is not valid: ${AGAIN[download]}`);
}

/**
 * Streams `file` as an attachment, written straight to Node's response as fast as the client reads
 * (Fastify lets go of it): bounded memory whatever its size. `what` names it in the log if it fails.
 */
export async function sendDownload(reply: FastifyReply, file: FileDownload, logger: Logger, what: string): Promise<void> {
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
    logger.error(`${what} failed: ${error instanceof Error ? error.stack : String(error)}`);
    res.destroy();
  }
}
