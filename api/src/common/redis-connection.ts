// The Redis clients of an API process, for one Redis or a Redis Cluster (REDIS_CLUSTER_NODES), and the key layout
// rules that make the same code run on both.
import type Bull from 'bull';
import { Cluster, Redis, type RedisOptions } from 'ioredis';

export type RedisTopology = { mode: 'single'; url: string } | { mode: 'cluster'; nodes: { host: string; port: number }[] };

/**
 * A client for the topology. A Cluster client has the single client's command API (ioredis's Commander), so the
 * parts take it as `Redis` and need not know which; what differs is that every multi-key command, script, MULTI and
 * pipeline must stay within one hash slot, which the key layouts (hash tags) see to.
 */
export function redisClient(topology: RedisTopology, options: RedisOptions = {}): Redis {
  if (topology.mode === 'single') return new Redis(topology.url, options);
  // Auto-pipelining is the Cluster client's own option (per node, by slot), not its nodes'.
  return new Cluster(topology.nodes, {
    redisOptions: options,
    enableReadyCheck: options.enableReadyCheck ?? true,
    enableAutoPipelining: options.enableAutoPipelining ?? false,
  }) as unknown as Redis;
}

/**
 * Bull's connections. On a cluster Bull needs Cluster clients it cannot make itself (its `createClient` option) and a
 * prefix with a hash tag so that each queue's keys share a slot (its PATTERNS.md, "Redis cluster"); its blocking
 * and subscriber connections must neither retry commands nor run a ready check (it throws otherwise). Bull does not
 * close the clients `createClient` gave it, so `close` does, after the queue's own close.
 */
export function bullConnections(
  topology: RedisTopology,
  prefix: string,
): { options: Pick<Bull.QueueOptions, 'prefix' | 'createClient'>; close(): void } {
  const prefixTagged = hashTag(prefix);
  if (topology.mode === 'single') return { options: { prefix: prefixTagged }, close() {} };
  const made: Cluster[] = [];
  return {
    options: {
      prefix: prefixTagged,
      createClient: (type) => {
        const options: RedisOptions = type === 'client' ? {} : { maxRetriesPerRequest: null, enableReadyCheck: false };
        const client = new Cluster(topology.nodes, { redisOptions: options, enableReadyCheck: type === 'client' });
        made.push(client);
        return client;
      },
    },
    close() {
      for (const client of made.splice(0)) client.disconnect();
    },
  };
}

/** `{name}`: Redis Cluster hashes only what is inside the braces, so every key that starts with it shares a slot. */
export function hashTag(name: string): string {
  return `{${name}}`;
}

/** REDIS_CLUSTER_NODES `host:port,host:port` (any of the cluster's nodes; the client finds the rest). */
export function parseClusterNodes(raw: string): { host: string; port: number }[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((node) => {
      const m = /^\[?([^\]]+?)\]?:(\d+)$/.exec(node);
      if (!m) throw new Error(`REDIS_CLUSTER_NODES must list host:port pairs, got "${node}"`);
      return { host: m[1]!, port: Number(m[2]) };
    });
}
