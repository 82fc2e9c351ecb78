import { CliError } from './errors';

interface FieldProblem {
  path: string;
  message: string;
}

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: FieldProblem[]; reason?: { key: string } } }[];
}

/** The Fourmi API at `base`, called with a bearer token (none for `signIn`). */
export class Api {
  constructor(
    readonly base: string,
    private readonly token: string | null,
    private readonly fetchImpl: typeof fetch,
  ) {}

  /** Runs a GraphQL operation; any error becomes a CliError with the API's message and field problems. */
  async gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await this.request('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let answer: GraphQLAnswer<T>;
    try {
      answer = JSON.parse(text) as GraphQLAnswer<T>;
    } catch {
      throw new CliError(`the API answered HTTP ${response.status} without JSON: ${snippet(text)}`);
    }
    const [error] = answer.errors ?? [];
    if (error) {
      const fields = error.extensions?.fields ?? [];
      const code = error.extensions?.code;
      const details = fields.length > 1 || (fields[0] && !error.message.includes(fields[0].message)) ? fields.map(fieldLine) : [];
      // A session that ended (expired, password changed, account suspended): the way back, when there is one.
      if (code === 'UNAUTHENTICATED' && this.token && error.extensions?.reason?.key !== 'auth.suspended') details.push('run `fourmi login` to sign in again');
      throw new CliError(`${error.message}${code && code !== 'BAD_USER_INPUT' ? ` (${code})` : ''}`, details, code);
    }
    if (!answer.data) throw new CliError(`the API answered HTTP ${response.status} with no data`);
    return answer.data;
  }

  /** A request to `base + path` with the token; network failures become a CliError naming the URL. */
  async request(path: string, init: RequestInit & { duplex?: 'half' } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.token) headers.set('authorization', `Bearer ${this.token}`);
    try {
      return await this.fetchImpl(`${this.base}${path}`, { ...init, headers });
    } catch (error) {
      if (error instanceof CliError) throw error;
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new CliError(`cannot reach the API at ${this.base} (${cause?.code ?? cause?.message ?? (error as Error).message})`);
    }
  }
}

/** The error of a failed REST answer: `{ error: { message, fields } }` from Fourmi, else the raw text. */
export async function restError(response: Response, what: string): Promise<CliError> {
  const text = await response.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { error?: { message?: string; fields?: FieldProblem[] }; message?: string };
    const fields = body.error?.fields ?? [];
    if (body.error?.message) return new CliError(`${what}: ${body.error.message}`, fields.length > 1 ? fields.map(fieldLine) : []);
    if (body.message) return new CliError(`${what}: HTTP ${response.status} ${body.message}${hint(response.status)}`);
  } catch {
    // not JSON: shown as is below
  }
  return new CliError(`${what}: HTTP ${response.status}${text ? ` ${snippet(text)}` : ''}${hint(response.status)}`);
}

/**
 * A problem as the user reads it: `row 3 (imageUrl): Must be…` for rows of a file (`rows[3]` of an
 * upload; `items[2]` or `items.2` of a list sent whole, counted from 0), `path: message` else.
 */
export function fieldLine(field: FieldProblem): string {
  const row = /^rows\[(\d+)\](?:\.(.+))?$/.exec(field.path);
  const item = /^items(?:\[(\d+)\]|\.(\d+))(?:\.(.+))?$/.exec(field.path);
  if (row || item) {
    const n = row ? row[1] : String(Number(item?.[1] ?? item?.[2]) + 1);
    const column = row ? row[2] : item?.[3];
    const message = field.message.replace(/^Row \d+(?: \([^)]*\))?: /, '');
    return `row ${n}${column ? ` (${column})` : ''}: ${message}`;
  }
  if (field.path === 'file') return `file: ${field.message.replace(/^File: /, '')}`;
  return field.path ? `${field.path}: ${field.message}` : field.message;
}

function hint(status: number): string {
  if (status === 401 || status === 403) return ' (is your token valid, and for a requester account? run `fourmi login` again)';
  return status === 500 ? ' (if your token has expired, run `fourmi login` again)' : '';
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 200 ? `${flat.slice(0, 200)}…` : flat;
}
