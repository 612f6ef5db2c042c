// Group buying (拼团): HQ makes and stops offers and reads how their groups went; shoppers read the board (offers at
// their store, with the groups they may join) and one group's progress on the server's clock. Starting and joining
// a group happen in the checkout (order/checkout.service.ts), paying and forming in the order steps.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { UUID } from '../../common/sql';
import { clusterOfStore } from '../store/store-cluster';
import {
  allOffers,
  editOffer,
  groupById,
  groupOfOrder,
  insertOffer,
  liveOffers,
  memberOrder,
  offerById,
  openGroups,
  stopOffer,
  type GroupOfferView,
  type GroupRow,
} from './group-buy.repository';
import {
  GroupBuyBoard,
  GroupBuyGroup,
  GroupBuyOffer,
  GroupBuyOfferLockedError,
  GroupState,
  type CreateGroupBuyOfferInput,
  type UpdateGroupBuyOfferInput,
} from './group-buy.types';

export class GroupBuyService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** Offers running now at the store (at most 20), each with up to 5 groups still forming there. */
  async board(storeId: string | null): Promise<GroupBuyBoard> {
    const now = this.clock.now();
    const store = storeId && UUID.test(storeId) ? storeId : null;
    const cluster = store ? await clusterOfStore(this.em, store) : undefined;
    const offers = await liveOffers(this.em, now, store, cluster ?? null, 20);
    const groups =
      store && cluster
        ? await openGroups(
            this.em,
            offers.map((o) => o.id),
            { id: store, clusterId: cluster },
            now,
            100,
          )
        : [];
    return Object.assign(new GroupBuyBoard(), {
      serverNow: now,
      offers: offers.map((o) =>
        toOffer(
          o,
          groups
            .filter((g) => g.offer_id === o.id)
            .slice(0, 5)
            .map((g) => toGroup(g, now, null)),
        ),
      ),
    });
  }

  async offers(): Promise<GroupBuyOffer[]> {
    return (await allOffers(this.em, 100)).map((o) => toOffer(o, []));
  }

  async group(id: string, shopperId: string | null): Promise<GroupBuyGroup | null> {
    if (!UUID.test(id)) return null;
    const g = await groupById(this.em, id);
    if (!g) return null;
    return toGroup(g, this.clock.now(), shopperId ? ((await memberOrder(this.em, id, shopperId)) ?? null) : null);
  }

  async groupOfOrder(orderId: string, shopperId: string | null): Promise<GroupBuyGroup | null> {
    const g = await groupOfOrder(this.em, orderId);
    return g ? toGroup(g, this.clock.now(), shopperId ? orderId : null) : null;
  }

  async create(input: CreateGroupBuyOfferInput): Promise<GroupBuyOffer> {
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (!(startsAt < endsAt)) throw badUserInput('endsAt must be after startsAt', 'endsAt');
    if (!UUID.test(input.skuId)) throw badUserInput('skuId is not an id', 'skuId');
    if (input.storeIds?.some((s) => !UUID.test(s))) throw badUserInput('storeIds holds something that is not an id', 'storeIds');
    const id = randomUUID();
    await insertOffer(this.em, {
      id,
      name: input.name,
      sku_id: input.skuId,
      store_ids: input.storeIds?.length ? [...new Set(input.storeIds)] : null,
      group_price_fen: input.groupPriceFen,
      group_size: input.groupSize,
      form_minutes: input.formMinutes,
      auto_form: input.autoForm,
      starts_at: startsAt,
      ends_at: endsAt,
      at: this.clock.now(),
    }).catch((err: { code?: string }) => {
      if (err.code === '23503') throw badUserInput('no such SKU or store', 'skuId');
      throw err;
    });
    return toOffer((await offerById(this.em, id))!, []);
  }

  /** Name, price, end and stores, while no group has started on the offer (members joined on its terms after that). */
  async update(id: string, input: UpdateGroupBuyOfferInput): Promise<GroupBuyOffer | GroupBuyOfferLockedError> {
    if (!UUID.test(id)) throw badUserInput('no such offer', 'id');
    if (input.storeIds?.some((s) => !UUID.test(s))) throw badUserInput('storeIds holds something that is not an id', 'storeIds');
    const before = await offerById(this.em, id);
    if (!before) throw badUserInput('no such offer', 'id');
    const endsAt = new Date(input.endsAt);
    if (!(new Date(before.starts_at) < endsAt)) throw badUserInput('endsAt must be after startsAt', 'endsAt');
    const outcome = await editOffer(this.em, {
      id,
      name: input.name,
      priceFen: input.groupPriceFen,
      endsAt,
      storeIds: input.storeIds?.length ? [...new Set(input.storeIds)] : null,
      at: this.clock.now(),
    }).catch((err: { code?: string }) => {
      if (err.code === '23503') throw badUserInput('no such store', 'storeIds');
      throw err;
    });
    if (!outcome) throw badUserInput('no such offer', 'id');
    if (!outcome.edited) return GroupBuyOfferLockedError.of(id, outcome.groupsStarted);
    return toOffer((await offerById(this.em, id))!, []);
  }

  async stop(id: string): Promise<GroupBuyOffer> {
    if (!UUID.test(id) || !(await stopOffer(this.em, id, this.clock.now()))) throw badUserInput('no such offer', 'id');
    return toOffer((await offerById(this.em, id))!, []);
  }
}

function toOffer(o: GroupOfferView, open: GroupBuyGroup[]): GroupBuyOffer {
  return Object.assign(new GroupBuyOffer(), {
    id: o.id,
    name: o.name,
    skuId: o.sku_id,
    skuCode: o.sku_code,
    productName: o.product_name,
    listPriceFen: o.list_price_fen,
    groupPriceFen: o.group_price_fen,
    groupSize: o.group_size,
    formMinutes: o.form_minutes,
    autoForm: o.auto_form,
    storeIds: o.store_ids,
    startsAt: new Date(o.starts_at),
    endsAt: new Date(o.ends_at),
    state: o.state,
    groupsOpen: o.groups_open,
    groupsFormed: o.groups_formed,
    groupsFailed: o.groups_failed,
    openGroups: open,
  });
}

function toGroup(g: GroupRow, now: Date, myOrderId: string | null): GroupBuyGroup {
  return Object.assign(new GroupBuyGroup(), {
    id: g.id,
    offerId: g.offer_id,
    storeId: g.store_id,
    size: g.size,
    joined: g.joined,
    paid: g.paid,
    state: g.state as GroupState,
    autoForm: g.auto_form,
    deadline: new Date(g.deadline),
    serverNow: now,
    myOrderId,
  });
}
