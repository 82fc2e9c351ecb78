import { fieldProblemMessage } from '@fourmi/task-kinds';
import { describe, expect, it } from 'vitest';
import { type HostRefusal, isPrivateAddress, publicOnlyLookup, refusalText, refusedHost } from './webhook-address';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255',
    '::1', '::', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1',
  ])('refuses %s', (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each(['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])('lets %s through', (ip) => expect(isPrivateAddress(ip)).toBe(false));

  it('is not fooled by a name', () => expect(isPrivateAddress('localhost')).toBe(false));
});

describe('refusedHost', () => {
  it('names what is wrong with a local host, in English and as a reason naming the host', () => {
    const said = (host: string) => {
      const refused = refusedHost(host);
      return refused && { text: refusalText(refused), ...refused };
    };
    expect(said('localhost')).toEqual({ text: 'localhost is this machine', key: 'field.webhookThisMachine', params: { host: 'localhost' } });
    expect(said('api.localhost')?.text).toBe('api.localhost is this machine');
    expect(said('[::1]')).toEqual({ text: '::1 is a private address', key: 'field.webhookPrivateAddress', params: { host: '::1' } });
    expect(said('169.254.169.254')?.text).toBe('169.254.169.254 is a private address');
  });

  it('says in English what the field problem of its key says, after "Webhooks go to public addresses: "', () => {
    const refusals: HostRefusal[] = [
      { key: 'field.webhookThisMachine', params: { host: 'localhost' } },
      { key: 'field.webhookPrivateAddress', params: { host: '10.0.0.1' } },
      { key: 'field.webhookResolvesPrivate', params: { host: 'intranet.example', address: '10.0.0.2' } },
    ];
    for (const refusal of refusals) {
      expect(fieldProblemMessage(refusal.key, refusal.params)).toBe(`Webhooks go to public addresses: ${refusalText(refusal)}`);
    }
    expect(refusalText(refusals[2])).toBe('intranet.example resolves to 10.0.0.2, a private address');
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
