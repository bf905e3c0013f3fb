import http from 'node:http';
import { type DocumentNode, print } from 'graphql';

/**
 * Sends a GraphQL operation from another loopback address (127.0.0.0/8 is all
 * this machine's), as another client would, to test per-address rules.
 * Answers the first error's code, or OK.
 */
export async function sendFrom(
  graphqlUrl: string,
  localAddress: string,
  query: DocumentNode | string,
  variables: object,
  headers: Record<string, string> = {},
): Promise<string> {
  const text = typeof query === 'string' ? query : print(query);
  const body = JSON.stringify({ query: text, variables });
  const answer = await new Promise<string>((resolve, reject) => {
    const request = http.request(graphqlUrl, {
      method: 'POST',
      localAddress,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        ...headers,
      },
    }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => { text += chunk.toString(); });
      response.on('end', () => resolve(text));
    });
    request.on('error', reject);
    request.end(body);
  });
  const parsed = JSON.parse(answer) as { errors?: { extensions: { code: string } }[] };
  return parsed.errors?.[0]?.extensions.code ?? 'OK';
}
