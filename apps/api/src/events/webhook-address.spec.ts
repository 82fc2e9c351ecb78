import { describe, expect, it } from 'vitest';
import { isPrivateAddress, publicOnlyLookup, refusedHost } from './webhook-address';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
    '::1', '::', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1',
  ])('refuses %s', (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each(['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('lets %s through', (ip) => expect(isPrivateAddress(ip)).toBe(false));

  it('is not fooled by a name', () => expect(isPrivateAddress('localhost')).toBe(false));
});

describe('refusedHost', () => {
  it('names what is wrong with a local host', () => {
    expect(refusedHost('localhost')).toBe('localhost is this machine');
    expect(refusedHost('api.localhost')).toBe('api.localhost is this machine');
    expect(refusedHost('[::1]')).toBe('::1 is a private address');
    expect(refusedHost('169.254.169.254')).toBe('169.254.169.254 is a private address');
  });

  it('leaves public names and addresses to the lookup', () => {
    expect(refusedHost('hooks.example.org')).toBeNull();
    expect(refusedHost('93.184.216.34')).toBeNull();
  });
});

describe('publicOnlyLookup', () => {
  it('refuses a name that resolves to a private address', async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((done) => publicOnlyLookup('localhost', { all: true }, (e) => done(e)));
    expect(error?.code).toBe('EPRIVATE');
    expect(error?.message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a private address$/);
  });
});
