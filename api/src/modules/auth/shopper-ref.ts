// How logs that staff read name a shopper: an opaque reference instead of the id (a shopper id would let a
// clerk claim the shopper as their store's referral). Shopper ids are random UUIDs nobody outside sees, so an
// unkeyed hash cannot be reversed; the same shopper keeps the same reference, so HQ can follow one through.
import { createHash } from 'node:crypto';

const SHOPPER_ACTOR = /^shopper:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function shopperRef(shopperId: string): string {
  return createHash('sha256').update(`linli shopper ref:${shopperId.toLowerCase()}`).digest('base64url').slice(0, 12);
}

/** An actor as the API shows it: `shopper:<id>` becomes `shopper:<ref>`; staff and system actors are unchanged. */
export function publicActor(actor: string): string {
  const match = SHOPPER_ACTOR.exec(actor);
  return match ? `shopper:${shopperRef(match[1]!)}` : actor;
}
