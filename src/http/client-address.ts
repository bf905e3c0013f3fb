import type { IncomingMessage } from 'node:http';
import { BlockList, isIP } from 'node:net';

/**
 * Parses `TRUST_PROXY`: the addresses or subnets (CIDR) of the reverse proxies
 * and load balancers in front of the API. Throws a message naming the first
 * entry that is neither.
 */
export function parseTrustedProxies(value: string): string[] {
  const entries = value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  for (const entry of entries) toBlockList([entry]);
  return entries;
}

/**
 * The client's address for per-address rate limits. Without trusted proxies,
 * the TCP peer. Behind them, the nearest address in `X-Forwarded-For` that is
 * not a trusted proxy, read from the right: each proxy appends the address it
 * saw, so anything left of the first untrusted hop could be forged by the client.
 */
export function clientAddressResolver(trusted: string[]): (req: IncomingMessage) => string {
  const proxies = trusted.length === 0 ? null : toBlockList(trusted);

  return (req) => {
    const peer = plain(req.socket.remoteAddress ?? 'unknown');
    if (proxies === null || !isTrusted(proxies, peer)) return peer;

    const header = req.headers['x-forwarded-for'];
    const hops = (Array.isArray(header) ? header.join(',') : header ?? '')
      .split(',').map((hop) => plain(hop.trim())).filter((hop) => hop !== '');
    let client = peer;
    for (const hop of hops.reverse()) {
      if (isIP(hop) === 0) break;
      client = hop;
      if (!isTrusted(proxies, hop)) break;
    }
    return client;
  };
}

function toBlockList(entries: string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || extra !== undefined
      || (bits !== null && (!Number.isInteger(bits) || bits < 0 || bits > maxBits))) {
      throw new Error(`"${entry}" is not an IP address or a subnet such as 10.0.0.0/8`);
    }
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === null) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return list;
}

function isTrusted(proxies: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

// A dual-stack socket shows IPv4 peers as ::ffff:1.2.3.4.
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4
    ? address.slice(7)
    : address;
}
