// One keep-alive HTTP/1.1 connection that speaks just what the dispatch benchmark needs of the API:
// POST a JSON body, read a reply that has a Content-Length. The load generator runs on the two cores
// it measures, and node:http cost it about 0.2 ms of CPU per request (fetch cost more).
import { connect, type Socket } from 'node:net';

interface Waiting {
  resolve(body: string): void;
  reject(error: Error): void;
}

export class JsonConnection {
  private socket: Socket | null = null;
  private pending: Buffer | null = null;
  private waiting: Waiting | null = null;

  constructor(
    private readonly host: string,
    private readonly port: number,
  ) {}

  /** The reply's body; rejects on a status other than 200 or a lost connection. One request at a time. */
  post(path: string, extraHeaders: string, body: string): Promise<string> {
    if (this.waiting) return Promise.reject(new Error('One request at a time on a connection'));
    const socket = this.socket ?? this.open();
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: ${this.host}:${this.port}\r\nContent-Type: application/json\r\n${extraHeaders}` +
          `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    });
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }

  private open(): Socket {
    const socket = connect(this.port, this.host);
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.received(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => {
      this.socket = null;
      this.fail(new Error('The API closed the connection'));
    });
    this.socket = socket;
    return socket;
  }

  private received(chunk: Buffer): void {
    const data = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = data;
    const headerEnd = data.indexOf('\r\n\r\n');
    if (headerEnd < 0) return;
    const head = data.toString('latin1', 0, headerEnd);
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (!length) return this.fail(new Error(`A reply without Content-Length: ${head.slice(0, 200)}`));
    const end = headerEnd + 4 + Number(length[1]);
    if (data.length < end) return;
    this.pending = null;
    const body = data.toString('utf8', headerEnd + 4, end);
    const status = head.slice(9, 12);
    const waiting = this.waiting;
    this.waiting = null;
    if (status === '200') waiting?.resolve(body);
    else waiting?.reject(new Error(`HTTP ${status}: ${body.slice(0, 300)}`));
  }

  private fail(error: Error): void {
    const waiting = this.waiting;
    this.waiting = null;
    this.pending = null;
    waiting?.reject(error);
  }
}
