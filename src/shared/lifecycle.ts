import { InvalidTransition } from './errors.js';

/** One allowed step: from any status in `from` (null: not created yet), `action` leads to `to`. */
export interface Transition<S extends string, A extends string> {
  from: readonly (S | null)[];
  action: A;
  to: S;
}

/**
 * A record's lifecycle written as data. `check` runs once at start, so a
 * mistake in a table stops the process instead of surfacing mid-request.
 */
export class Lifecycle<S extends string, A extends string> {
  constructor(
    /** How the record is named in messages, e.g. `quote`. */
    readonly record: string,
    readonly states: readonly S[],
    readonly transitions: readonly Transition<S, A>[],
  ) {}

  /** Throws when a step names an unknown status or one status and action lead two ways. */
  check(): void {
    const seen = new Set<string>();
    for (const step of this.transitions) {
      for (const status of [...step.from, step.to]) {
        if (status !== null && !this.states.includes(status)) {
          throw new Error(`${this.record} lifecycle: unknown status ${status} in ${step.action}`);
        }
      }
      for (const from of step.from) {
        const key = `${from ?? '—'}:${step.action}`;
        if (seen.has(key)) {
          throw new Error(`${this.record} lifecycle: ${key} is listed twice`);
        }
        seen.add(key);
      }
    }
  }

  /** The status `action` leads to from `from`; InvalidTransition when the table has no such step. */
  next(from: S | null, action: A): S {
    const step = this.transitions.find((t) => t.action === action && t.from.includes(from));
    if (step !== undefined) return step.to;

    const allowed = this.allowedActions(from);
    const hint = allowed.length > 0 ? `Allowed now: ${allowed.join(', ')}.` : 'It is closed.';
    throw new InvalidTransition(
      `${action} is not possible on a ${this.record} that is ${from ?? 'new'}. ${hint}`,
    );
  }

  /** The actions the table allows from `from`. */
  allowedActions(from: S | null): A[] {
    return this.transitions.filter((t) => t.from.includes(from)).map((t) => t.action);
  }

  /** The statuses with a step for `action`, e.g. those that can be cancelled. */
  statesAllowing(action: A): S[] {
    return this.transitions
      .filter((t) => t.action === action)
      .flatMap((t) => t.from.filter((s): s is S => s !== null));
  }
}
