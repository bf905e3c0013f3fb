/** A minimal GraphQL-over-HTTP client for the seed: every call must succeed. */
export class SeedClient {
  constructor(
    private readonly url: string,
    private readonly token: string | null = null,
  ) {}

  async run<T = Record<string, unknown>>(query: string, variables: object = {}): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors !== undefined || body.data === undefined) {
      const operation = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'operation';
      throw new Error(`${operation} failed: ${JSON.stringify(body.errors)}`);
    }
    return body.data;
  }

  async signIn(email: string, password: string): Promise<SeedClient> {
    const data = await this.run<{ login: { accessToken: string } }>(
      `mutation SeedLogin($email: String!, $password: String!) {
        login(email: $email, password: $password) { accessToken }
      }`,
      { email, password },
    );
    return new SeedClient(this.url, data.login.accessToken);
  }
}
