/**
 * Follows a quote's thread live, as a customer's own tool would, through the
 * typed SDK: signs in, lists the account's quotes, prints the chosen quote's
 * messages, then each new one as it is posted, until Ctrl-C.
 *
 *   npm run example:follow-quote -- [quoteId]     (default: the first quote listed)
 *
 * Settings: PORTAL_URL (default http://localhost:4000/graphql), PORTAL_EMAIL and
 * PORTAL_PASSWORD (default: the demo customer that the demo data creates).
 */
import WebSocket from 'ws';
import {
  createPortalClient,
  FeedbackAddedDocument,
  type FeedbackAddedSubscription,
  LoginDocument,
  LogoutDocument,
  PortalError,
  QuoteDocument,
  QuotesDocument,
  RefreshSessionDocument,
} from '../sdk/index.js';

const url = process.env.PORTAL_URL ?? 'http://localhost:4000/graphql';
const email = process.env.PORTAL_EMAIL ?? 'customer@demo.ro';
const password = process.env.PORTAL_PASSWORD ?? 'Demo-Customer-2026!';
// Renew the access token this long before it expires (it lives 15 minutes).
const REFRESH_MARGIN_MS = 60_000;

type Feedback = FeedbackAddedSubscription['feedbackAdded'];

async function main(): Promise<void> {
  const api = createPortalClient({ url, webSocketImpl: WebSocket });
  let session = (await api.request(LoginDocument, { email, password })).login;
  console.log(`Signed in to ${url} as ${session.user.name} <${session.user.email}>.`);

  // Asked before each request and on each reconnect of the subscription's socket.
  const token = async () => {
    if (Date.parse(session.expiresAt) - Date.now() < REFRESH_MARGIN_MS) {
      const { refreshSession } = await api.request(RefreshSessionDocument, {
        refreshToken: session.refreshToken,
      });
      session = { ...session, ...refreshSession };
    }
    return session.accessToken;
  };

  try {
    const { quotes } = await api.request(QuotesDocument, { first: 20 }, token);
    console.log(`\n${quotes.totalCount} quote(s):`);
    for (const { node } of quotes.edges) {
      const status = node.status.padEnd(17);
      console.log(`  ${node.number}  ${status} ${money(node.total)}  id ${node.id}`);
    }

    const quoteId = process.argv[2] ?? quotes.edges[0]?.node.id;
    if (quoteId === undefined) {
      console.log('\nNo quote to follow.');
      return;
    }
    await follow(api, quoteId, token);
  } finally {
    await api.request(LogoutDocument, { refreshToken: session.refreshToken });
  }
}

async function follow(
  api: ReturnType<typeof createPortalClient>,
  quoteId: string,
  token: () => Promise<string>,
): Promise<void> {
  const { quote } = await api.request(QuoteDocument, { id: quoteId }, token);
  console.log(`\nThread of ${quote.number} (${quote.status}); Ctrl-C to stop.`);
  const seen = new Set<string>();
  for (const { node } of quote.feedback.edges) show(node, seen);

  // From the last message shown on: the server first sends what was posted since, so nothing
  // is lost between the query and the subscription. A reconnect asks again with the same
  // `after`, so messages already shown are skipped by id.
  const last = quote.feedback.edges.at(-1)?.node.id;
  const events = api.subscribe(FeedbackAddedDocument, { quoteId, after: last }, token);
  process.once('SIGINT', () => void events.return());

  for await (const { feedbackAdded } of events) show(feedbackAdded, seen);
  console.log('Stopped following.');
}

function show(feedback: Feedback, seen: Set<string>): void {
  if (seen.has(feedback.id)) return;
  seen.add(feedback.id);
  const when = feedback.createdAt.slice(0, 16).replace('T', ' ');
  const who = feedback.author?.name ?? 'someone';
  console.log(`[${when}] ${who} (${feedback.authorRole}): ${feedback.body}`);
}

function money(value: { amount: string; currency: string }): string {
  return `${value.amount} ${value.currency}`.padStart(16);
}

main().catch((error: unknown) => {
  const message = error instanceof PortalError
    ? `${error.code ?? 'ERROR'}: ${error.message}`
    : String(error);
  console.error(`follow-quote failed: ${message}`);
  process.exitCode = 1;
});
