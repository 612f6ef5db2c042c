// One urql client per session: HTTP for queries and mutations, graphql-ws for live events, same origin.
import { createClient as createWsClient } from 'graphql-ws';
import { Client, fetchExchange, mapExchange, subscriptionExchange, cacheExchange } from 'urql';
import { markConnected, markDisconnected, resetConnection } from './connection';
import { isUnauthenticated } from './errors';
import { sessionEnded } from './session';

function wsUrl(): string {
  const url = new URL('/graphql', location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * How the API closes the live socket of a session that no longer stands: 4401 when it ended while the socket was
 * open, 4403 (graphql-ws's Forbidden) when a reconnect brings a token that is no longer good. Retrying either can
 * never succeed: the clerk signs in again.
 */
const SESSION_ENDED_CODES = new Set([4401, 4403]);
const endsSession = (event: unknown) => SESSION_ENDED_CODES.has((event as { code?: number } | null)?.code ?? 0);

export function createPosClient(token: string | null): { client: Client; dispose: () => void } {
  resetConnection();
  const authorization = token ? `Bearer ${token}` : undefined;
  const ws = token
    ? createWsClient({
        url: wsUrl(),
        connectionParams: () => ({ authorization }),
        // A counter tablet must come back by itself: retry forever, quickly at first, at most every 3 s, unless
        // the API said the session ended.
        retryAttempts: Infinity,
        shouldRetry: (event) => !endsSession(event),
        retryWait: (retries) => new Promise((r) => setTimeout(r, Math.min(300 * 2 ** retries, 3000))),
        // The socket stays open while signed in, so the banner tells the truth even with no subscription.
        lazy: false,
        keepAlive: 10_000,
        on: {
          connected: () => markConnected(),
          closed: (event) => {
            if (token && endsSession(event)) sessionEnded(token);
            else markDisconnected();
          },
          error: () => markDisconnected(),
        },
      })
    : null;

  const client = new Client({
    url: '/graphql',
    // Apollo refuses GET without a CSRF preflight header; POST everything.
    preferGetMethod: false,
    // Queue screens ask for fresh data explicitly; the document cache only spares re-renders.
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => ({ headers: authorization ? { authorization } : undefined }),
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (token && isUnauthenticated(error)) sessionEnded(token);
        },
      }),
      fetchExchange,
      ...(ws
        ? [
            subscriptionExchange({
              forwardSubscription(request) {
                const input = { ...request, query: request.query || '' };
                return { subscribe: (sink) => ({ unsubscribe: ws.subscribe(input, sink) }) };
              },
            }),
          ]
        : []),
    ],
  });
  return { client, dispose: () => void ws?.dispose() };
}
