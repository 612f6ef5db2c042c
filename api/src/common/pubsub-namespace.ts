// Live events' Redis channels carry the deployment's namespace, so two deployments on one Redis (or one Redis
// Cluster, where PUBLISH reaches every node) never deliver each other's order events.

/** The part of a graphql-yoga event target the pub/sub uses: listeners by topic and dispatch of `{type, detail}`. */
export interface TopicEventTarget {
  addEventListener(topic: string, listener: unknown): void;
  removeEventListener(topic: string, listener: unknown): void;
  dispatchEvent(event: { type: string; detail?: unknown }): boolean;
}

export function channelNamespace(namespace: string) {
  const channel = (topic: string) => `${namespace}:${topic}`;
  return {
    /** The Redis channel of a topic (`STORE_ORDERS:<storeId>`), as the outbox publishes it. */
    channel,
    /** The event target with every topic put in the namespace on the way to Redis. */
    eventTarget<T extends TopicEventTarget>(target: T): T {
      return {
        addEventListener: (topic: string, listener: unknown) => target.addEventListener(channel(topic), listener),
        removeEventListener: (topic: string, listener: unknown) => target.removeEventListener(channel(topic), listener),
        dispatchEvent: (event: { type: string; detail?: unknown }) =>
          target.dispatchEvent({ type: channel(event.type), detail: event.detail }),
      } as T;
    },
  };
}
