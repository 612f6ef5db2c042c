// How far a network import has come, told live to HQ: the import publishes after each batch on the shared pub/sub
// (Redis between processes), under an id the console chose, and the console follows it over its socket.
import type { PubSub, SubscribeResolverData } from 'type-graphql';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { forbidden, unauthenticated } from '../../common/errors';
import { Role } from '../../common/viewer';
import type { Context } from './store.context';

export enum ImportPhase {
  /** Features read and checked (zones by PostGIS, a batch at a time); nothing written yet. */
  VALIDATING = 'VALIDATING',
  /** Every feature valid; stores being written, a batch at a time, in one transaction. */
  WRITING = 'WRITING',
  /** Committed. */
  DONE = 'DONE',
}
registerEnumType(ImportPhase, { name: 'ImportPhase' });

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

@ObjectType({ description: 'How far a network import has come (features checked, then stores written, of total)' })
export class NetworkImportProgress {
  @Field(() => ID) importId!: string;
  @Field(() => ImportPhase) phase!: ImportPhase;
  @Field(() => Int) done!: number;
  @Field(() => Int) total!: number;
}

const TOPIC = 'NETWORK_IMPORT_PROGRESS';
/** An id the console makes up (a UUID); bounded so it cannot name a huge channel. */
const IMPORT_ID = /^[A-Za-z0-9-]{8,64}$/;

/** The progress callback of one import: published under its id, or nowhere when the caller gave none. */
export function importProgressPublisher(pubSub: PubSub, importId: string | null | undefined): (p: ImportProgress) => void {
  if (!importId || !IMPORT_ID.test(importId)) return () => undefined;
  return (p) => pubSub.publish(TOPIC, importId, { importId, ...p });
}

export function subscribeImportProgress({ args, context }: SubscribeResolverData<unknown, { importId: string }, Context>) {
  if (context.viewer.role === null) throw unauthenticated();
  if (context.viewer.role !== Role.HQ_ADMIN) throw forbidden('Only HQ imports store networks');
  return context.pubSub.subscribe(TOPIC, args.importId);
}
