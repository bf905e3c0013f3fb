import type { LiveEvent } from './live-events.js';

/** Whatever wants the events of a topic; `push` must not throw or block. */
export interface LiveSink {
  push(event: LiveEvent): void;
}

/**
 * The topics an event is published on. Status changes go to the topic of
 * their account and to the all-accounts topic staff listen on, so a
 * customer's feed never even sees another company's events.
 */
export function topicsOf(event: LiveEvent): string[] {
  switch (event.type) {
    case 'feedbackAdded':
      return [feedbackTopic(event.quoteId)];
    case 'quoteStatusChanged':
      return [quoteStatusTopic(event.accountId), quoteStatusTopic(null)];
    case 'salesOrderStatusChanged':
      return [salesOrderStatusTopic(event.accountId), salesOrderStatusTopic(null)];
  }
}

export function feedbackTopic(quoteId: string): string {
  return `feedbackAdded:${quoteId}`;
}

/** The quote status topic of one account, or of all accounts for `null`. */
export function quoteStatusTopic(accountId: string | null): string {
  return `quoteStatusChanged:${accountId ?? '*'}`;
}

/** The sales order status topic of one account, or of all accounts for `null`. */
export function salesOrderStatusTopic(accountId: string | null): string {
  return `salesOrderStatusChanged:${accountId ?? '*'}`;
}

/**
 * The in-process fan-out from this instance's listener to its own sockets.
 * It holds only who listens here; the events themselves come from PostgreSQL.
 */
export class LiveHub {
  private readonly sinks = new Map<string, Set<LiveSink>>();

  /** Adds a sink to a topic; answers the function that removes it. */
  subscribe(topic: string, sink: LiveSink): () => void {
    let set = this.sinks.get(topic);
    if (set === undefined) {
      set = new Set();
      this.sinks.set(topic, set);
    }
    set.add(sink);

    return () => {
      const current = this.sinks.get(topic);
      current?.delete(sink);
      if (current?.size === 0) this.sinks.delete(topic);
    };
  }

  dispatch(event: LiveEvent): void {
    for (const topic of topicsOf(event)) {
      const set = this.sinks.get(topic);
      if (set === undefined) continue;
      // A copy, as a sink may unsubscribe while it is handed the event.
      for (const sink of [...set]) sink.push(event);
    }
  }

  /** How many sinks listen, over all topics. */
  get size(): number {
    let count = 0;
    for (const set of this.sinks.values()) count += set.size;
    return count;
  }
}
