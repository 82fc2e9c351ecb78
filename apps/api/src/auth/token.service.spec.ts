import { JwtService } from '@nestjs/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Role } from '../users/user.entity';
import { TokenService } from './token.service';

const secret = 'a'.repeat(40);
const service = (ttl = 60) => new TokenService(new JwtService({ secret, signOptions: { expiresIn: ttl } }), secret);

describe('TokenService', () => {
  it('verifies the tokens it issues', async () => {
    const tokens = service();
    const token = await tokens.issue({ id: 'u1', roles: [Role.WORKER] });
    expect(await tokens.verify(token)).toEqual({ id: 'u1', roles: [Role.WORKER], generation: 0 });
    // After a password change the account's tokens carry its new session generation (SessionGate).
    expect(await tokens.verify(await tokens.issue({ id: 'u1', roles: [Role.WORKER] }, 3))).toEqual({ id: 'u1', roles: [Role.WORKER], generation: 3 });
  });

  it('refuses a token signed with another secret, a tampered payload, and an expired token', async () => {
    const tokens = service();
    const foreign = await new JwtService({ secret: 'b'.repeat(40), signOptions: { expiresIn: 60 } }).signAsync({ sub: 'u1', roles: ['ADMIN'] });
    expect(await tokens.verify(foreign)).toBeNull();
    const [h, , s] = (await tokens.issue({ id: 'u1', roles: [Role.WORKER] })).split('.');
    const forgedPayload = Buffer.from(JSON.stringify({ sub: 'u1', roles: ['ADMIN'], exp: 9e9 })).toString('base64url');
    expect(await tokens.verify(`${h}.${forgedPayload}.${s}`)).toBeNull();
    const expired = await new JwtService({ secret }).signAsync({ sub: 'u1', roles: ['WORKER'], exp: Math.floor(Date.now() / 1000) - 10 });
    expect(await tokens.verify(expired)).toBeNull();
  });

  it('refuses a token once it expires, even one it has already verified', async () => {
    const tokens = service(60);
    const token = await tokens.issue({ id: 'u1', roles: [Role.WORKER] });
    expect(await tokens.verify(token)).toEqual({ id: 'u1', roles: [Role.WORKER], generation: 0 });
    vi.useFakeTimers({ now: Date.now() + 61_000 });
    expect(await tokens.verify(token)).toBeNull();
    expect(await tokens.verify(token)).toBeNull();
  });
  afterEach(() => vi.useRealTimers());

  it('refuses the "none" algorithm', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const payload = Buffer.from(JSON.stringify({ sub: 'u1', roles: ['ADMIN'], exp: 9e9 })).toString('base64url');
    expect(await service().verify(`${header}.${payload}.`)).toBeNull();
  });
});
