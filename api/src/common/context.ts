// What every request carries, whichever module serves it. The context names no service: each module says which
// services and dataloaders its resolvers use in its own `<module>.context.ts`, and the edge (api/src/context.ts)
// builds one object that has them all.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PubSub } from 'type-graphql';
import type { Clock } from './clock';
import type { Viewer } from './viewer';

export interface RequestContext<Services extends object = object, Loaders extends object = object> {
  /** This request's own fork. */
  em: EntityManager;
  viewer: Viewer;
  /** The caller's address as Express sees it (TRUST_PROXY decides which X-Forwarded-For hop counts); HTTP only. */
  clientIp?: string;
  clock: Clock;
  pubSub: PubSub;
  services: Services;
  loaders: Loaders;
}
