// Read-your-writes with a read replica: a shopper's (or staff member's) mutation leaves the primary's WAL position after it in Redis (for
// any API process to find), and that shopper's replica reads go to the primary until the replica has replayed it, so
// the order just placed is in "my orders" on the next screen. Without a replica nothing here runs.
import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import type { Config } from './common/config';
import { setReadAfter, writePosition } from './common/sql';
import { Role, type Viewer } from './common/viewer';

/** Whose writes: a shopper's or a staff member's (HQ reloads the store list it just edited); anonymous viewers write nothing. */
function writer(viewer: Viewer | undefined): string | undefined {
  if (viewer?.role === Role.SHOPPER) return `shopper:${viewer.shopperId}`;
  if (viewer?.role === Role.CLERK || viewer?.role === Role.HQ_ADMIN) return `staff:${viewer.staffId}`;
  return undefined;
}

const key = (config: Config, who: string) => `${config.queuePrefix}:read-after:${who}`;

/** How long a write is remembered: past the lag limit (and a check), a replica fresh enough to read has it anyway. */
const rememberMs = (config: Config) => config.readReplica.maxLagMs + 2 * config.readReplica.checkMs;

/** The request's reads wait for the viewer's last write; a Redis that cannot say sends them to the primary. */
export function readAfterOwnWrites(em: EntityManager, viewer: Viewer, config: Config, redis: Redis): void {
  const who = writer(viewer);
  if (!config.readDatabaseUrl || !who) return;
  setReadAfter(em, () => redis.get(key(config, who)));
}

/** After a signed-in viewer's mutation, before the answer leaves: the position their next reads must see. */
export function readYourWritesPlugin(config: Config, redis: Redis): ApolloServerPlugin<{ em: EntityManager; viewer: Viewer }> {
  return {
    async requestDidStart() {
      if (!config.readDatabaseUrl) return;
      return {
        async willSendResponse({ contextValue, operation }) {
          const who = writer(contextValue.viewer);
          if (operation?.operation !== 'mutation' || !who) return;
          // Lost (Redis down), the shopper may see the replica's older answer for up to the lag limit; said, not thrown.
          await writePosition(contextValue.em)
            .then((lsn) => redis.set(key(config, who), lsn, 'PX', rememberMs(config)))
            .catch((err: Error) => console.warn('[read-replica] could not record a shopper write:', err.message));
        },
      };
    },
  };
}
