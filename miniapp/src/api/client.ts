// The one GraphQL client: urql over Taro.request for queries and mutations, graphql-ws over
// Taro.connectSocket for subscriptions, the session token on both.
import { Client, cacheExchange, fetchExchange, subscriptionExchange, type Exchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws/client';
import { createTaroFetch } from './taro-fetch';
import { createTaroWebSocket } from './taro-socket';

export interface ClientOptions {
  url: string;
  token: () => string | null;
  /**
   * The API closed the socket because `stale` no longer stands (expired, or the server's key changed): forget it
   * (unless a newer one took its place already) and sign in again. The socket's next connect waits for this, so it
   * carries the new token.
   */
  renewToken?: (stale: string | null) => Promise<string | null>;
  fetch?: ReturnType<typeof createTaroFetch>;
  WebSocket?: ReturnType<typeof createTaroWebSocket>;
}

/**
 * How the API closes the socket of a session that no longer stands: 4401 while it was open (graphql-ws does not
 * retry it, and fails the subscriptions on it), 4403 at connect (retried, but never with a better token).
 */
const SESSION_ENDED_CODES = new Set([4401, 4403]);
const endsSession = (event: unknown) => SESSION_ENDED_CODES.has((event as { code?: number } | null)?.code ?? 0);

export function createApiClient(options: ClientOptions): { client: Client; ws: WsClient } {
  let renewing: Promise<unknown> | null = null;
  /** The token the socket connected with last: the one a session-ended close is about. */
  let sent: string | null = null;
  const renew = () =>
    (renewing ??= (options.renewToken?.(sent) ?? Promise.resolve(null)).catch(() => null).finally(() => (renewing = null)));
  const ws = createWsClient({
    url: options.url.replace(/^http/, 'ws'),
    webSocketImpl: options.WebSocket ?? createTaroWebSocket(),
    lazy: true,
    retryAttempts: 20,
    // A phone's network comes and goes: back off, but not for long.
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(8000, 500 * 2 ** retries))),
    connectionParams: async () => {
      await renewing;
      const token = (sent = options.token());
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      closed: (event) => {
        if (options.renewToken && endsSession(event)) void renew();
      },
    },
  });
  const subscriptions: Exchange = subscriptionExchange({
    forwardSubscription(request) {
      const input = { ...request, query: request.query || '' };
      return {
        subscribe(sink) {
          // A subscription the API ended with the session (4401) starts again once the shopper has signed in
          // again, once per renewal: an order page open across a token's expiry keeps hearing its events.
          let unsubscribe = () => {};
          let renewed = false;
          let stopped = false;
          const start = () => {
            unsubscribe = ws.subscribe(input, {
              next: (value) => ((renewed = false), sink.next(value as never)),
              complete: () => sink.complete(),
              error: (err) => {
                if (!options.renewToken || renewed || !endsSession(err)) return sink.error(err);
                renewed = true;
                void renew().then(() => stopped || start());
              },
            });
          };
          start();
          return { unsubscribe: () => ((stopped = true), unsubscribe()) };
        },
      };
    },
  });
  const client = new Client({
    url: options.url,
    // The document cache serves only reads that ask for it (the catalog, 'cache-first'); the rest go to the API.
    exchanges: [cacheExchange, fetchExchange, subscriptions],
    fetch: (options.fetch ?? createTaroFetch()) as unknown as typeof fetch,
    // Apollo's CSRF guard refuses simple GETs; everything goes as a POST.
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: () => {
      const token = options.token();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
  });
  return { client, ws };
}
