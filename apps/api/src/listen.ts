/**
 * On every interface, as Node's own servers listen by default (Fastify's default is localhost only,
 * which a container's published port would never reach): IPv6 and IPv4 together, or IPv4 alone where
 * the machine has no IPv6.
 */
export async function listenOnEveryInterface(app: { listen(port: number, host: string): Promise<unknown> }, port: number): Promise<void> {
  try {
    await app.listen(port, '::');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EAFNOSUPPORT') throw error;
    await app.listen(port, '0.0.0.0');
  }
}
