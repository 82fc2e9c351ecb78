import { lookup as dnsLookup } from 'node:dns';
import { lookup as dnsLookupAll } from 'node:dns/promises';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where a webhook may not POST: the API's own machine and network (loopback, private, link-local
 * and cloud metadata addresses, carrier NAT, multicast, reserved). A requester's URL is theirs to
 * choose; without this rule it could make the API call services only it can reach (SSRF).
 */
const PRIVATE = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) PRIVATE.addSubnet(network, prefix, 'ipv6');

/** Whether `ip` is one of the addresses above (IPv4-mapped IPv6 addresses as their IPv4). */
export function isPrivateAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 0) return false;
  return PRIVATE.check(ip, family === 4 ? 'ipv4' : 'ipv6');
}

/** Hostnames of this machine that no DNS answer is needed to know. */
const LOCAL_NAMES = /^(localhost|localhost\.localdomain)\.?$|\.localhost\.?$/i;

/**
 * Why a webhook's host is refused: the FIELD_PROBLEMS key a webhook's creation is refused with ("Webhooks
 * go to public addresses: …") and the host, and the private address it resolved to, that it names.
 */
export type HostRefusal =
  | { key: 'field.webhookThisMachine' | 'field.webhookPrivateAddress'; params: { host: string } }
  | { key: 'field.webhookResolvesPrivate'; params: { host: string; address: string } };

/** A refusal in English as the delivery log says it, and the creation's message after its "Webhooks go to public addresses: ". */
export function refusalText(refusal: HostRefusal): string {
  if (refusal.key === 'field.webhookResolvesPrivate') return `${refusal.params.host} resolves to ${refusal.params.address}, a private address`;
  return `${refusal.params.host} ${refusal.key === 'field.webhookThisMachine' ? 'is this machine' : 'is a private address'}`;
}

/** Why a URL's host is refused before any lookup (an IP literal or a local name), or null. */
export function refusedHost(hostname: string): HostRefusal | null {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (LOCAL_NAMES.test(host)) return { key: 'field.webhookThisMachine', params: { host } };
  if (isPrivateAddress(host)) return { key: 'field.webhookPrivateAddress', params: { host } };
  return null;
}

/**
 * A `lookup` for node:http that refuses hostnames resolving to a private address. The connection
 * uses the addresses checked here: a DNS answer that changes between a check and the connection
 * (rebinding) cannot slip through.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '');
    const refused = refusedAddresses(hostname, addresses);
    if (refused) return callback(Object.assign(new Error(refusalText(refused)), { code: 'EPRIVATE' }), '');
    if (options.all) return callback(null, addresses);
    const [first] = addresses;
    callback(null, first.address, first.family);
  });
};

/** Why a hostname is refused for the addresses it resolved to, or null. */
function refusedAddresses(hostname: string, addresses: readonly { address: string }[]): HostRefusal | null {
  const found = addresses.find((a) => isPrivateAddress(a.address));
  return found ? { key: 'field.webhookResolvesPrivate', params: { host: hostname, address: found.address } } : null;
}

/**
 * Why a webhook's host is refused when created, or null. A name that does not resolve yet is accepted:
 * each delivery checks the addresses it connects to (publicOnlyLookup).
 */
export async function refusedDestination(hostname: string): Promise<HostRefusal | null> {
  return refusedHost(hostname) ?? refusedAddresses(hostname, await dnsLookupAll(hostname, { all: true }).catch(() => []));
}
