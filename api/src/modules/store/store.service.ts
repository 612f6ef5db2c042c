// Creating, changing and listing stores; every write validates first and commits hours with the store.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../common/config';
import { badUserInput } from '../../common/errors';
import { toCanonical } from '../../common/geo';
import { decodeCursor, isKeyCursor, toPage, type Page } from '../../common/pagination';
import { readConnection, transaction, UUID } from '../../common/sql';
import { feeTierProblem } from './delivery-fee';
import { checkDefinitionShape, checkStoreDefinition, type CheckedDefinition, type StoreDefinition } from './store-definition';
import { DuplicateStoreCodeError, StoreNotFoundError, type StoreDefinitionError } from './store.errors';
import { Store, StoreCapability, StoreStatus } from './store.entity';
import { isDuplicateStoreCode, saveStoreBatch } from './store.repository';
import type { StoreInput, StoreListArgs, StoreUpdateInput } from './store.types';

export type SaveStoreResult = Store | StoreDefinitionError | DuplicateStoreCodeError;

export class StoreService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: Pick<Config, 'maxZoneReachM'>,
  ) {}

  async createStore(input: StoreInput): Promise<SaveStoreResult> {
    if (await this.em.count(Store, { code: input.code })) return DuplicateStoreCodeError.of(input.code);
    const store = new Store();
    store.code = input.code;
    return this.save(store, input);
  }

  async updateStore(id: string, input: StoreUpdateInput): Promise<SaveStoreResult | StoreNotFoundError> {
    const store = UUID.test(id) ? await this.em.findOne(Store, { id }) : null;
    if (!store) return StoreNotFoundError.of(id);
    return this.save(store, input);
  }

  /**
   * Applies the input to the store and checks all that needs no database; the zone, if any, still needs PostGIS's
   * verdict (`zoneVerdict`). The network import checks its zones a batch at a time this way.
   */
  prepare(store: Store, input: StoreUpdateInput): CheckedDefinition | StoreDefinitionError {
    applyInput(store, input);
    const checked = checkDefinitionShape(definitionOf(store), this.config.maxZoneReachM);
    if (!checked.ok) return checked.error;
    store.deliveryReachM = checked.value.deliveryReachM;
    store.updatedAt = new Date();
    return checked.value;
  }

  /** Applies the input to the store, validates the result, and writes store and hours atomically. */
  async save(store: Store, input: StoreUpdateInput, em = this.em): Promise<SaveStoreResult> {
    applyInput(store, input);
    const checked = await checkStoreDefinition(em, definitionOf(store), this.config.maxZoneReachM);
    // A rejected change is never flushed: the request's EntityManager is dropped with it.
    if (!checked.ok) return checked.error;
    store.deliveryReachM = checked.value.deliveryReachM;
    store.updatedAt = new Date();
    try {
      // Inside the network import's transaction this joins it (all stores or none).
      await transaction(em, async (tx) => {
        await saveStoreBatch(tx, [{ store, spans: checked.value.spans, exceptions: checked.value.exceptionSpans }]);
      });
    } catch (err) {
      if (isDuplicateStoreCode(err)) return DuplicateStoreCodeError.of(store.code);
      throw err;
    }
    return store;
  }

  async listStores(args: StoreListArgs): Promise<Page<Store>> {
    const after = decodeCursor(args.after, isKeyCursor);
    const rows = await this.em.find(
      Store,
      {
        ...(args.city ? { city: args.city } : {}),
        ...(args.status ? { status: args.status } : {}),
        ...(after ? { code: { $gt: after.k } } : {}),
      },
      // The store list may be a few seconds old (HQ's own edits excepted, read-your-writes.ts).
      { orderBy: { code: 'asc' }, limit: args.first + 1, connectionType: await readConnection(this.em) },
    );
    return toPage(rows, args.first, (s) => ({ k: s.code }));
  }
}

function definitionOf(store: Store): StoreDefinition {
  return {
    location: { lat: store.lat, lng: store.lng },
    timeZone: store.timeZone,
    canDeliver: store.canDeliver,
    hours: store.hours,
    exceptions: store.exceptions,
    deliveryZone: store.deliveryZone,
    deliveryRadiusM: store.deliveryRadiusM,
  };
}

function applyInput(store: Store, input: StoreUpdateInput): void {
  if (input.name !== undefined) store.name = input.name;
  if (input.city !== undefined) store.city = input.city;
  if (input.address !== undefined) store.address = input.address;
  if (input.phone !== undefined) store.phone = input.phone || null;
  if (input.location) Object.assign(store, toCanonical(input.location));
  if (input.timeZone !== undefined) store.timeZone = input.timeZone;
  if (input.status !== undefined) store.status = input.status;
  if (input.capabilities !== undefined) {
    store.canPickup = input.capabilities.includes(StoreCapability.PICKUP);
    store.canDeliver = input.capabilities.includes(StoreCapability.DELIVERY);
  }
  if (input.hours !== undefined) store.hours = input.hours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes }));
  if (input.exceptions !== undefined) {
    store.exceptions = input.exceptions.map(({ date, closed, opens, closes, note }) => ({
      date,
      closed,
      ...(opens != null ? { opens } : {}),
      ...(closes != null ? { closes } : {}),
      ...(note != null ? { note } : {}),
    }));
  }
  if (input.minOrderFen !== undefined && input.minOrderFen !== null) store.minOrderFen = input.minOrderFen;
  if (input.pickupSlotCapacity !== undefined && input.pickupSlotCapacity !== null) store.pickupSlotCapacity = input.pickupSlotCapacity;
  if (input.deliveryFeeTiers !== undefined && input.deliveryFeeTiers !== null) {
    const problem = feeTierProblem(input.deliveryFeeTiers);
    if (problem) throw badUserInput(`deliveryFeeTiers: ${problem}`, 'deliveryFeeTiers');
    store.deliveryFeeTiers = input.deliveryFeeTiers.map(({ upToM, feeFen }) => ({ upToM, feeFen }));
  }
  if (input.deliveryZone !== undefined || input.deliveryRadiusM !== undefined) {
    store.deliveryZone = (input.deliveryZone ?? null) as Store['deliveryZone'];
    store.deliveryRadiusM = input.deliveryRadiusM ?? null;
  }
  store.status ??= StoreStatus.ACTIVE;
}
