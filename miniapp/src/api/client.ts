// The one GraphQL client: urql over Taro.request for queries and mutations, graphql-ws over
// Taro.connectSocket for subscriptions, the session token on both.
import { Client, cacheExchange, fetchExchange, subscriptionExchange, type Exchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws/client';
import { createTaroFetch } from './taro-fetch';
import { createTaroWebSocket } from './taro-socket';

export interface ClientOptions {
  url: string;
  token: () => string | null;
  fetch?: ReturnType<typeof createTaroFetch>;
  WebSocket?: ReturnType<typeof createTaroWebSocket>;
}

export function createApiClient(options: ClientOptions): { client: Client; ws: WsClient } {
  const ws = createWsClient({
    url: options.url.replace(/^http/, 'ws'),
    webSocketImpl: options.WebSocket ?? createTaroWebSocket(),
    lazy: true,
    retryAttempts: 20,
    // A phone's network comes and goes: back off, but not for long.
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(8000, 500 * 2 ** retries))),
    connectionParams: () => {
      const token = options.token();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
  });
  const subscriptions: Exchange = subscriptionExchange({
    forwardSubscription(request) {
      const input = { ...request, query: request.query || '' };
      return {
        subscribe(sink) {
          const unsubscribe = ws.subscribe(input, sink as never);
          return { unsubscribe };
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
