import { expect, type APIRequestContext } from '@playwright/test';

/** Seeding helpers for data the UI does not create (yet): plain GraphQL with a token from `signIn`. */
export class FourmiApi {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static async signIn(request: APIRequestContext, email: string, password: string): Promise<FourmiApi> {
    const { signIn } = await FourmiApi.call<{ signIn: { token: string } }>(
      request,
      null,
      'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      { input: { email, password } },
    );
    return new FourmiApi(request, signIn.token);
  }

  gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return FourmiApi.call<T>(this.request, this.token, query, variables);
  }

  private static async call<T>(request: APIRequestContext, token: string | null, query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await request.post('/graphql', {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      data: { query, variables },
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    expect(body.errors ?? [], JSON.stringify(body.errors)).toEqual([]);
    return body.data as T;
  }
}
