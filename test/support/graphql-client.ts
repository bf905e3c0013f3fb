import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { expect } from 'vitest';
import { graphql } from '../generated/index.js';

export interface GraphQLErrorShape {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * An operation as a test sends it: a TypedDocumentNode from `graphql()` in
 * `test/generated/` (its result and variables checked against the schema), or
 * a plain string typed by hand (or left unchecked, for a query meant to fail).
 */
export type Operation<T, V> = TypedDocumentNode<T, V> | string;

/** The variables argument: left out only when the operation needs none. */
export type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/**
 * An operation and its variables, checked against each other where the row is
 * written: a row of a table of requests whose variables differ.
 */
export interface Sending {
  document: Operation<unknown, object>;
  variables: object;
}

export function sending<T, V extends object>(
  document: Operation<T, V>,
  ...[variables]: VariablesArg<NoInfer<V>>
): Sending {
  // The rows of one table need one type; the pair was checked by this call.
  return { document: document as Operation<unknown, object>, variables: variables ?? {} };
}

/** The text of an operation, as the server gets it (and a test can name it by). */
export function sourceOf(document: Operation<unknown, never> | DocumentNode): string {
  return typeof document === 'string' ? document : print(document);
}

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: GraphQLErrorShape[];
}

const SIGN_IN = graphql(`mutation SignIn($email: String!, $password: String!) {
  login(email: $email, password: $password) { accessToken }
}`);

/** A real HTTP client for the API, speaking GraphQL over HTTP as a frontend does. */
export class GraphQLClient {
  constructor(
    readonly url: string,
    readonly accessToken: string | null = null,
  ) {}

  /** Sends an operation and answers the raw response: data and errors. */
  async request<T, V>(
    document: Operation<T, V> | DocumentNode,
    variables?: NoInfer<V>,
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const query = sourceOf(document);
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.accessToken ? { authorization: `Bearer ${this.accessToken}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Sends an operation that must succeed; answers its data. */
  async ok<T, V>(document: Operation<T, V>, ...[variables]: VariablesArg<NoInfer<V>>): Promise<T> {
    const result = await this.request(document, variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data as T;
  }

  /** Sends an operation that must fail; answers its first error. */
  async fails<T, V>(
    document: Operation<T, V>,
    ...[variables]: VariablesArg<NoInfer<V>>
  ): Promise<GraphQLErrorShape> {
    const result = await this.request(document, variables);
    expect(result.errors, 'the operation was expected to fail').toBeDefined();
    return result.errors![0]!;
  }

  withToken(accessToken: string | null): GraphQLClient {
    return new GraphQLClient(this.url, accessToken);
  }

  async signIn(email: string, password: string): Promise<GraphQLClient> {
    const data = await this.ok(SIGN_IN, { email, password });
    return this.withToken(data.login.accessToken);
  }
}
