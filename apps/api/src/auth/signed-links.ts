import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TOKEN_SECRET } from './token.service';

/**
 * Short-lived links that carry their own proof, for what a browser fetches by plain navigation and so
 * cannot send a token with (a file download, saved to disk by the browser as it arrives). A link holds
 * its purpose, its claims and its expiry, signed with a key derived from the token secret for links
 * alone: a link is never an access token, and a link of one purpose is never one of another.
 */
@Injectable()
export class SignedLinks {
  private readonly key: Buffer;

  constructor(@Inject(TOKEN_SECRET) secret: string) {
    this.key = createHmac('sha256', secret).update('fourmi signed links').digest();
  }

  /** A ticket for `claims`, valid for `ttlSeconds` from `now`, readable only for the same `purpose`. */
  sign(purpose: string, claims: Record<string, string>, ttlSeconds: number, now = Date.now()): { ticket: string; expiresAt: Date } {
    const expiresAt = new Date(Math.floor(now / 1000 + ttlSeconds) * 1000);
    const payload = Buffer.from(JSON.stringify({ p: purpose, c: claims, e: expiresAt.getTime() / 1000 })).toString('base64url');
    return { ticket: `${payload}.${this.mac(payload)}`, expiresAt };
  }

  /** The claims of a ticket of this `purpose`, or null when forged, altered, of another purpose or expired. */
  read(purpose: string, ticket: string, now = Date.now()): Record<string, string> | null {
    const [payload, signature, extra] = ticket.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const given = Buffer.from(signature, 'base64url');
    const expected = Buffer.from(this.mac(payload), 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const { p, c, e } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { p: unknown; c: unknown; e: unknown };
      if (p !== purpose || typeof e !== 'number' || e * 1000 <= now || typeof c !== 'object' || c === null) return null;
      return c as Record<string, string>;
    } catch {
      return null;
    }
  }

  private mac(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
