import { describe, expect, it } from 'vitest';
import { listenOnEveryInterface } from './listen';

/** An app whose listen fails with `code` on the hosts listed, recording every host tried. */
function app(failing: Record<string, string>) {
  const tried: string[] = [];
  return {
    tried,
    async listen(_port: number, host: string) {
      tried.push(host);
      if (failing[host]) throw Object.assign(new Error(`listen ${failing[host]}`), { code: failing[host] });
    },
  };
}

describe('listenOnEveryInterface', () => {
  it('listens on IPv6 and IPv4 together where the machine has IPv6', async () => {
    const a = app({});
    await listenOnEveryInterface(a, 3000);
    expect(a.tried).toEqual(['::']);
  });

  it('falls back to IPv4 alone where the machine has no IPv6', async () => {
    const a = app({ '::': 'EAFNOSUPPORT' });
    await listenOnEveryInterface(a, 3000);
    expect(a.tried).toEqual(['::', '0.0.0.0']);
  });

  it('reports any other failure, such as a port in use, without trying again', async () => {
    const a = app({ '::': 'EADDRINUSE' });
    await expect(listenOnEveryInterface(a, 3000)).rejects.toThrow('listen EADDRINUSE');
    expect(a.tried).toEqual(['::']);
  });
});
