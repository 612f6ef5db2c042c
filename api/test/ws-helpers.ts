// Following a subscription over graphql-ws in a test: events (or errors) collect in the background.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export function follow<TResult, TVars extends Record<string, unknown>>(
  baseUrl: string,
  token: string,
  doc: TypedDocumentNode<TResult, TVars>,
  variables?: TVars,
) {
  const client: Client = createClient({
    url: `${baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
  });
  const events: TResult[] = [];
  const errors: unknown[] = [];
  let connected = false;
  client.on('connected', () => (connected = true));
  const iterator = client.iterate<TResult>({ query: print(doc), variables });
  const done = (async () => {
    try {
      for await (const result of iterator) {
        if (result.errors) errors.push(...result.errors);
        if (result.data) events.push(result.data as TResult);
      }
    } catch (err) {
      errors.push(err);
    }
  })();
  return {
    events,
    errors,
    /** Connected, and a moment for the server to register the subscription. */
    ready: async () => {
      await until(() => connected);
      await new Promise((r) => setTimeout(r, 200));
    },
    stop: async () => {
      await iterator.return?.();
      await client.dispose();
      await done;
    },
  };
}

export async function until(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting for events');
    await new Promise((r) => setTimeout(r, 20));
  }
}
