/**
 * The failures a caller can act on, each with its contract code. Services
 * throw these; the GraphQL edge turns them into errors with
 * `extensions.code`. Anything else is a bug and is answered without detail.
 */
export abstract class AppError extends Error {
  abstract readonly code: string;

  /** Extra fields for `extensions`, next to `code`. */
  get details(): Record<string, unknown> {
    return {};
  }
}

/** No token, a bad or expired one, or wrong credentials. */
export class Unauthenticated extends AppError {
  readonly code = 'UNAUTHENTICATED';

  constructor(message = 'Sign in to do this.') {
    super(message);
  }
}

/** Signed in, but this action is not open to the caller's role. */
export class Forbidden extends AppError {
  readonly code = 'FORBIDDEN';

  constructor(message = 'Your role does not allow this.') {
    super(message);
  }
}

/** No such record, or one the caller may not know exists. */
export class NotFound extends AppError {
  readonly code = 'NOT_FOUND';

  constructor(what: string) {
    super(`${what} was not found.`);
  }
}

/** An input value that cannot be used; `field` is its path, e.g. `input.cui`. */
export class BadUserInput extends AppError {
  readonly code = 'BAD_USER_INPUT';

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }

  override get details(): Record<string, unknown> {
    return { field: this.field };
  }
}

/** The action is not allowed in the record's current status. */
export class InvalidTransition extends AppError {
  readonly code = 'INVALID_TRANSITION';
}

/** A concurrent change won, or a unique value is already taken. */
export class Conflict extends AppError {
  readonly code = 'CONFLICT';
}

/** Too many attempts; retry after the given number of seconds. */
export class RateLimited extends AppError {
  readonly code = 'RATE_LIMITED';

  constructor(readonly retryAfterSeconds: number) {
    super(`Too many attempts. Try again in ${retryAfterSeconds} seconds.`);
  }

  override get details(): Record<string, unknown> {
    return { retryAfterSeconds: this.retryAfterSeconds };
  }
}
