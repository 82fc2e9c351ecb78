import { expect, type APIRequestContext } from '@playwright/test';

/** The password of the accounts `signUpWorker` and `signUpRequester` make. */
export const SIGNED_UP_PASSWORD = 'a long enough password';

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

  /** A new worker account, signed in (password: SIGNED_UP_PASSWORD). */
  static signUpWorker(request: APIRequestContext, displayName: string, email: string): Promise<FourmiApi> {
    return FourmiApi.signUp(request, 'WORKER', displayName, email);
  }

  /** A new requester account, signed in (password: SIGNED_UP_PASSWORD). */
  static signUpRequester(request: APIRequestContext, displayName: string, email: string): Promise<FourmiApi> {
    return FourmiApi.signUp(request, 'REQUESTER', displayName, email);
  }

  private static async signUp(request: APIRequestContext, role: 'WORKER' | 'REQUESTER', displayName: string, email: string): Promise<FourmiApi> {
    const { signUp } = await FourmiApi.call<{ signUp: { token: string } }>(
      request,
      null,
      'mutation($input: SignUpInput!) { signUp(input: $input) { token } }',
      { input: { displayName, email, password: SIGNED_UP_PASSWORD, role } },
    );
    return new FourmiApi(request, signUp.token);
  }

  gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return FourmiApi.call<T>(this.request, this.token, query, variables);
  }

  /**
   * The journeys' sentiment project (Positive, key 1 / Negative, key 2), 10 ¢ an item, one answer
   * each, 10 s an item; `settings` adds to or overrides that (overlap, gold ratio, rules, languages).
   * Returns its id.
   */
  async createSentimentProject(name: string, settings: Record<string, unknown> = {}): Promise<string> {
    const input = {
      name,
      instructions: 'Is the review **positive** or **negative**?',
      kind: 'CLASSIFICATION',
      config: { labels: [{ value: 'positive', text: 'Positive' }, { value: 'negative', text: 'Negative' }] },
      rewardCents: 10,
      overlap: 1,
      estimatedSecondsPerTask: 10,
      ...settings,
    };
    const { createProject } = await this.gql<{ createProject: { id: string } }>('mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }', { input });
    return createProject.id;
  }

  /** Gold items of a sentiment project, each plainly positive, with the explanation trainees read. */
  async addPositiveGold(projectId: string, texts: string[]): Promise<void> {
    const items = texts.map((text) => ({ input: { text }, answer: { label: 'positive' }, explanation: 'The reviewer is delighted.' }));
    await this.gql('mutation($input: AddGoldItemsInput!) { addGoldItems(input: $input) { id } }', { input: { projectId, items } });
  }

  /** A batch of these texts, published at once (the requester's balance must cover it). */
  async publishTexts(projectId: string, texts: string[], name = 'Reviews'): Promise<void> {
    const { createBatch } = await this.gql<{ createBatch: { id: string } }>('mutation($input: CreateBatchInput!) { createBatch(input: $input) { id } }', {
      input: { projectId, name, items: texts.map((text) => ({ text })) },
    });
    await this.gql('mutation($id: ID!) { publishBatch(batchId: $id) { id } }', { id: createBatch.id });
  }

  /** Answers every task this worker is given in the project with `label`; returns how many. */
  async answerAll(projectId: string, label: string): Promise<number> {
    type Submitted = { submitAnswer: { next: { id: string } | null } };
    let lease = (await this.gql<{ claimNext: { id: string } | null }>('mutation($p: ID) { claimNext(projectId: $p) { id } }', { p: projectId })).claimNext;
    let answered = 0;
    while (lease) {
      const { submitAnswer } = await this.gql<Submitted>('mutation($i: SubmitAnswerInput!) { submitAnswer(input: $i) { next { id } } }', {
        i: { assignmentId: lease.id, answer: { label }, idempotencyKey: `answer-all-${lease.id}` },
      });
      answered++;
      lease = submitAnswer.next;
    }
    return answered;
  }

  /** Accepts every answer of the project still awaiting review (up to 500); returns how many. */
  async acceptSubmitted(projectId: string): Promise<number> {
    type Results = { projectResults: { items: { answers: { assignmentId: string; status: string }[] }[] } };
    const { projectResults } = await this.gql<Results>(
      'query($p: ID!) { projectResults(projectId: $p, offset: 0, limit: 500) { items { answers { assignmentId status } } } }',
      { p: projectId },
    );
    const ids = projectResults.items.flatMap((item) => item.answers.filter((a) => a.status === 'SUBMITTED').map((a) => a.assignmentId));
    if (ids.length) await this.gql('mutation($ids: [ID!]!) { acceptAssignments(ids: $ids) { id } }', { ids });
    return ids.length;
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
