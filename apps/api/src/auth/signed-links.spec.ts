import { JwtService } from '@nestjs/jwt';
import { describe, expect, it } from 'vitest';
import { Role } from '../users/user.entity';
import { SignedLinks } from './signed-links';
import { TokenService } from './token.service';

const secret = 'a'.repeat(40);
const links = new SignedLinks(secret);
const claims = { userId: 'u1', projectId: 'p1', format: 'csv' };

describe('SignedLinks', () => {
  it('reads back the claims of its own tickets until they expire', () => {
    const { ticket, expiresAt } = links.sign('export', claims, 120, 1_000_000);
    expect(expiresAt.getTime()).toBe(1_120_000);
    expect(links.read('export', ticket, 1_119_999)).toEqual(claims);
    expect(links.read('export', ticket, 1_120_000)).toBeNull();
  });

  it('refuses a ticket of another purpose, another secret, with altered claims or cut short', () => {
    const { ticket } = links.sign('export', claims, 120);
    expect(links.read('invoice', ticket)).toBeNull();
    expect(new SignedLinks('b'.repeat(40)).read('export', ticket)).toBeNull();
    const [, signature] = ticket.split('.');
    const altered = Buffer.from(JSON.stringify({ p: 'export', c: { ...claims, projectId: 'p2' }, e: 9e9 })).toString('base64url');
    expect(links.read('export', `${altered}.${signature}`)).toBeNull();
    expect(links.read('export', ticket.slice(0, -2))).toBeNull();
    expect(links.read('export', `${ticket}.x`)).toBeNull();
    expect(links.read('export', 'garbage')).toBeNull();
  });

  it('is never an access token, though signed from the same secret', async () => {
    const tokens = new TokenService(new JwtService({ secret, signOptions: { expiresIn: 60 } }), secret);
    const { ticket } = links.sign('export', { sub: 'u1', roles: Role.ADMIN }, 120);
    expect(await tokens.verify(ticket)).toBeNull();
    expect(links.read('export', await tokens.issue({ id: 'u1', roles: [Role.ADMIN] }))).toBeNull();
  });
});
