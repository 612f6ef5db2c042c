// Pickup slots of a store: what a date offers, whether a chosen slot can be had, and the places orders hold.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { UUID } from '../../common/sql';
import type { Config } from '../../common/config';
import type { StepListener, StepRecord } from '../../common/order-step';
import { OrderEvent, OrderState } from '../../common/order-state';
import { localTime } from '../store/opening-hours';
import { clusterOfStore } from '../store/store-cluster';
import { StoreNotFoundError } from '../store/store.errors';
import { addDays, isLocalDate, slotAt, slotsOn } from './slot-rules';
import { claimSlot, lockSlots, releaseSlot, slotStore, takenBetween, type SlotStore } from './slots.repository';
import { PickupSlot, PickupSlotProblem, PickupSlotUnavailableError, PickupWindow } from './slots.types';

type SlotConfig = Pick<Config, 'shop'>;

export class PickupSlotService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: SlotConfig,
    private readonly clock: Clock,
  ) {}

  /** The slots of the store's local `date` with their places; none beyond the days offered or in the past. */
  async slots(storeId: string, date: string): Promise<PickupSlot[] | StoreNotFoundError> {
    if (!isLocalDate(date)) throw badUserInput("date must be a calendar date YYYY-MM-DD (the store's local date)", 'date');
    const store = UUID.test(storeId) ? await this.store(storeId) : undefined;
    if (!store) return StoreNotFoundError.of(storeId);
    return this.slotsOf(store, date);
  }

  private async slotsOf(store: SlotStore, date: string): Promise<PickupSlot[]> {
    if (!store.active || !store.canPickup || store.capacity === 0 || !this.offered(store, date)) return [];
    const spans = slotsOn(date, store.hours, store.exceptions, store.timeZone, this.config.shop.pickupSlotMinutes);
    if (!spans.length) return [];
    const taken = await takenBetween(this.em, store, spans[0]!.startsAt, new Date(spans.at(-1)!.startsAt.getTime() + 1));
    const earliest = this.clock.now().getTime() + this.config.shop.pickupSlotLeadMin * 60_000;
    return spans.map((s) => {
      const remaining = Math.max(0, store.capacity - (taken.get(s.startsAt.getTime()) ?? 0));
      return Object.assign(new PickupSlot(), {
        ...s,
        capacity: store.capacity,
        remaining,
        available: remaining > 0 && s.startsAt.getTime() >= earliest,
      });
    });
  }

  /** Slot dates run from the store's today for pickupSlotDays days. */
  private offered(store: SlotStore, date: string): boolean {
    const today = localTime(this.clock.now(), store.timeZone).date;
    return date >= today && date <= addDays(today, this.config.shop.pickupSlotDays - 1);
  }

  /** Whether the slot starting then can be chosen now; the refusal names the next slots that can. */
  async check(storeId: string, startsAt: Date): Promise<true | PickupSlotUnavailableError> {
    const store = await this.store(storeId);
    if (!store) return PickupSlotUnavailableError.of(storeId, startsAt, PickupSlotProblem.NOT_A_SLOT, []);
    const date = localTime(startsAt, store.timeZone).date;
    const slot = (await this.slotsOf(store, date)).find((s) => s.startsAt.getTime() === startsAt.getTime());
    if (slot?.available) return true;
    const problem = !slot ? PickupSlotProblem.NOT_A_SLOT : slot.remaining === 0 ? PickupSlotProblem.FULL : PickupSlotProblem.TOO_LATE;
    return PickupSlotUnavailableError.of(storeId, startsAt, problem, await this.nextSlots(store));
  }

  /**
   * Refusal after placing found the slot full (another checkout took the last place meanwhile), or found the shopper
   * already holding a place there with a checkout not paid yet.
   */
  async refused(storeId: string, startsAt: Date, problem: PickupSlotProblem.FULL | PickupSlotProblem.UNPAID_PLACE_HELD) {
    const store = await this.store(storeId);
    return PickupSlotUnavailableError.of(storeId, startsAt, problem, store ? await this.nextSlots(store) : []);
  }

  private async store(storeId: string): Promise<SlotStore | undefined> {
    const cluster = await clusterOfStore(this.em, storeId);
    return cluster ? slotStore(this.em, cluster, storeId) : undefined;
  }

  /** The slot a pickup order holds (its scheduled start), in the store's wall clock; null for any other order. */
  windowOf(order: { fulfilment: string; scheduledAt?: Date | null }, timeZone: string): PickupWindow | null {
    if (order.fulfilment !== 'PICKUP' || !order.scheduledAt) return null;
    return Object.assign(new PickupWindow(), slotAt(order.scheduledAt, timeZone, this.config.shop.pickupSlotMinutes));
  }

  private async nextSlots(store: SlotStore): Promise<PickupSlot[]> {
    const today = localTime(this.clock.now(), store.timeZone).date;
    const found: PickupSlot[] = [];
    for (let d = 0; d < this.config.shop.pickupSlotDays && found.length < 3; d++) {
      found.push(...(await this.slotsOf(store, addDays(today, d))).filter((s) => s.available).slice(0, 3 - found.length));
    }
    return found;
  }
}

/**
 * Keeps places in step with the order: a cancelled or wholly refunded order gives its place back; a re-routed one
 * gives it back at the store it left and takes one at the new store if there is one free (the shopper has paid,
 * so the order moves either way; the new store then sees it without a place).
 */
export class PickupSlotListener implements StepListener {
  async afterStep(tx: EntityManager, step: StepRecord): Promise<void> {
    const { order } = step;
    if (order.fulfilment !== 'PICKUP' || !order.scheduledAt) return;
    const ends =
      step.transition.to === OrderState.CANCELLED || (step.transition.to === OrderState.REFUNDED && (!step.refund || step.refund.whole));
    if (ends) {
      await releaseSlot(tx, order.clusterId, order.id, { storeId: order.storeId, startsAt: order.scheduledAt }, step.at);
    } else if (step.transition.event === OrderEvent.REROUTE && step.movedFrom) {
      // Both stores' rows at once, in the lock order: two orders re-routed towards each other would otherwise each
      // hold the place they give back and wait for the other's.
      const from = { storeId: step.movedFrom, startsAt: order.scheduledAt };
      // A re-route keeps to the order's cluster, so both stores are in it.
      await lockSlots(tx, order.clusterId, [from, { storeId: order.storeId, startsAt: order.scheduledAt }]);
      const released = await releaseSlot(tx, order.clusterId, order.id, from, step.at);
      if (released) await claimSlot(tx, order.clusterId, order.storeId, released.startsAt, order.id, step.at);
    }
  }
}

export { claimSlot };
