import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { JsonConnection } from './json-connection';

/** A TCP server whose replies the test writes by hand, byte for byte. */
async function serve(reply: (request: string, socket: Socket) => void): Promise<{ server: Server; port: number; requests: string[] }> {
  const requests: string[] = [];
  const server = createServer((socket) => {
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const headerEnd = buffered.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(buffered.toString('latin1'));
      if (headerEnd < 0 || !length || buffered.length < headerEnd + 4 + Number(length[1])) return;
      const request = buffered.toString('utf8');
      requests.push(request);
      buffered = Buffer.alloc(0);
      reply(request, socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port, requests };
}

const ok = (body: string) => `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

describe('JsonConnection', () => {
  let server: Server | undefined;
  let connection: JsonConnection | undefined;
  afterEach(async () => {
    connection?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it('posts JSON with its headers and reads replies one after another on one connection', async () => {
    const served = await serve((request, socket) => socket.write(ok(JSON.stringify({ echo: request.split('\r\n\r\n')[1] }))));
    server = served.server;
    connection = new JsonConnection('127.0.0.1', served.port);
    expect(JSON.parse(await connection.post('/graphql', 'Authorization: Bearer t\r\n', '{"a":"é"}'))).toEqual({ echo: '{"a":"é"}' });
    expect(JSON.parse(await connection.post('/graphql', '', '{"b":2}'))).toEqual({ echo: '{"b":2}' });
    expect(served.requests).toHaveLength(2);
    expect(served.requests[0]).toMatch(/^POST \/graphql HTTP\/1\.1\r\n/);
    expect(served.requests[0]).toContain('Authorization: Bearer t\r\n');
    expect(served.requests[0]).toContain(`Content-Length: ${Buffer.byteLength('{"a":"é"}')}\r\n`);
  });

  it('waits for a reply that arrives in pieces, split inside its headers and its body', async () => {
    const body = JSON.stringify({ data: { text: 'x'.repeat(5000) } });
    const whole = Buffer.from(ok(body));
    const served = await serve((_request, socket) => {
      socket.write(whole.subarray(0, 10));
      setTimeout(() => socket.write(whole.subarray(10, 200)), 5);
      setTimeout(() => socket.write(whole.subarray(200)), 10);
    });
    server = served.server;
    connection = new JsonConnection('127.0.0.1', served.port);
    expect(await connection.post('/graphql', '', '{}')).toBe(body);
  });

  it('rejects a status other than 200, a reply without Content-Length and a closed connection', async () => {
    let reply = 'HTTP/1.1 400 Bad Request\r\nContent-Length: 13\r\n\r\n{"error":"x"}';
    const served = await serve((_request, socket) => (reply ? socket.write(reply) : socket.destroy()));
    server = served.server;
    connection = new JsonConnection('127.0.0.1', served.port);
    await expect(connection.post('/graphql', '', '{}')).rejects.toThrow('HTTP 400: {"error":"x"}');
    reply = 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n';
    await expect(connection.post('/graphql', '', '{}')).rejects.toThrow('A reply without Content-Length');
    reply = '';
    await expect(connection.post('/graphql', '', '{}')).rejects.toThrow('The API closed the connection');
  });
});
