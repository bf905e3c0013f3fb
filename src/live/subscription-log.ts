import { type DocumentNode, getOperationAST, Kind } from 'graphql';
import type { Logger } from '../logging/logger.js';

interface Described {
  operation: string | null;
  field: string | null;
  started: bigint | null;
  errors: string[];
}

/**
 * The log lines of one socket's operations, by graphql-ws subscription id:
 * `subscription started` when a subscription begins to listen, `subscription
 * ended` when it stops for any reason (the client completed it, the socket
 * closed, its feed failed), and `subscription refused` with the codes the
 * client was answered when it never started. A line names the operation, its
 * root field and the user; never the token or the variables.
 */
export class SubscriptionLog {
  private readonly operations = new Map<string, Described>();

  constructor(
    private readonly log: Logger,
    private readonly userId: string,
  ) {}

  /** Remembers what subscription `id` asks for; before it is refused or started. */
  describe(id: string, document: DocumentNode, operationName: string | null | undefined): void {
    const operation = getOperationAST(document, operationName);
    const first = operation?.selectionSet.selections[0];
    this.operations.set(id, {
      operation: operation?.name?.value ?? null,
      field: first?.kind === Kind.FIELD ? first.name.value : null,
      started: null,
      errors: [],
    });
  }

  started(id: string): void {
    const described = this.described(id);
    described.started = process.hrtime.bigint();
    this.log.info(this.entry(id, described), 'subscription started');
  }

  /** Errors answered to `id`: a refusal when it had not started, else kept for its end line. */
  answered(id: string, codes: string[]): void {
    const described = this.described(id);
    if (described.started !== null) {
      described.errors.push(...codes);
      return;
    }
    this.operations.delete(id);
    this.log.info({ ...this.entry(id, described), errors: codes }, 'subscription refused');
  }

  ended(id: string): void {
    const described = this.operations.get(id);
    this.operations.delete(id);
    if (described?.started === null || described === undefined) return;

    const ms = Number(process.hrtime.bigint() - described.started) / 1e6;
    const errors = described.errors.length > 0 ? { errors: described.errors } : {};
    this.log.info(
      { ...this.entry(id, described), ms: Math.round(ms * 10) / 10, ...errors },
      'subscription ended',
    );
  }

  private described(id: string): Described {
    const known = this.operations.get(id);
    if (known !== undefined) return known;
    // A document that did not parse or validate: nothing to name.
    const unknown = { operation: null, field: null, started: null, errors: [] };
    this.operations.set(id, unknown);
    return unknown;
  }

  private entry(id: string, described: Described) {
    return {
      subscriptionId: id,
      operation: described.operation,
      field: described.field,
      userId: this.userId,
    };
  }
}
