// Flash sales (秒杀): HQ makes sessions with their items and stops them; shoppers read the board of sessions not yet
// over, on the server's clock, with each item's 原价 (the lowest price of the 7 days before its session).
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock';
import { badUserInput } from '../../common/errors';
import { transaction, UUID } from '../../common/sql';
import { priceRowsOf, toPriceRow } from '../catalog/catalog-admin.repository';
import { lowestPrice } from '../catalog/price-timeline';
import { groupsOfStores } from '../store/store-group.repository';
import {
  allFlashSessions,
  insertFlashItem,
  insertFlashSession,
  liveFlashSessions,
  stopFlashSession,
  type FlashItemView,
  type FlashSessionRow,
} from './flash-sale.repository';
import { FlashBoard, FlashItem, FlashItemStatus, FlashSession, type CreateFlashSessionInput } from './flash-sale.types';

const WEEK_MS = 7 * 86_400_000;

/** An item's state for the shopper at `now`: 即将开始, 马上抢, 已抢光 or over. */
export function flashStatus(
  i: Pick<FlashItemView, 'starts_at' | 'ends_at' | 'session_state' | 'sold' | 'quota'>,
  now: Date,
): FlashItemStatus {
  if (i.session_state !== 'LIVE' || now >= new Date(i.ends_at)) return FlashItemStatus.ENDED;
  if (now < new Date(i.starts_at)) return FlashItemStatus.UPCOMING;
  return i.sold >= i.quota ? FlashItemStatus.SOLD_OUT : FlashItemStatus.ON;
}

export class FlashSaleService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** The sessions not over yet (at most 10), with the items a shopper at `storeId` can buy. */
  async board(storeId: string | null): Promise<FlashBoard> {
    const now = this.clock.now();
    const store = storeId && UUID.test(storeId) ? storeId : null;
    const { sessions, items } = await liveFlashSessions(this.em, now, store, 10);
    const original = await this.originalPrices(items, store);
    return Object.assign(new FlashBoard(), {
      serverNow: now,
      sessions: sessions.map((s) =>
        toSession(
          s,
          items.filter((i) => i.session_id === s.id),
          now,
          original,
        ),
      ),
    });
  }

  /** HQ's list: the latest 50 sessions, with every item and its sell-through. */
  async sessions(): Promise<FlashSession[]> {
    const now = this.clock.now();
    const { sessions, items } = await allFlashSessions(this.em, 50);
    return sessions.map((s) =>
      toSession(
        s,
        items.filter((i) => i.session_id === s.id),
        now,
        new Map(),
      ),
    );
  }

  async create(input: CreateFlashSessionInput): Promise<FlashSession> {
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    if (startsAt.getTime() % 60_000 !== 0 || endsAt.getTime() % 60_000 !== 0)
      throw badUserInput('A session starts and ends on the minute', 'startsAt');
    if (endsAt <= startsAt) throw badUserInput('A session ends after it starts', 'endsAt');
    for (const i of input.items) {
      if (!UUID.test(i.skuId) || (i.storeId && !UUID.test(i.storeId))) throw badUserInput('No such SKU or store', 'items');
      if (i.perOrderLimit > i.perUserLimit) throw badUserInput('The per-order limit cannot exceed the per-user limit', 'items');
    }
    const id = randomUUID();
    const at = this.clock.now();
    await transaction(this.em, async (tx) => {
      await insertFlashSession(tx, { id, name: input.name.trim(), startsAt, endsAt, at });
      for (const i of input.items) {
        const ok = await insertFlashItem(tx, {
          id: randomUUID(),
          sessionId: id,
          skuId: i.skuId,
          storeId: i.storeId ?? null,
          priceFen: i.priceFen,
          quota: i.quota,
          perUserLimit: i.perUserLimit,
          perOrderLimit: i.perOrderLimit,
          at,
        });
        if (!ok) throw badUserInput('An item names no SKU or store, or the same SKU twice at one place', 'items');
      }
    });
    return (await this.sessions()).find((s) => s.id === id)!;
  }

  /** Stops a session for good: its items are no longer sold (checkouts placed before keep their price). */
  async stop(id: string): Promise<FlashSession> {
    const row = UUID.test(id) ? await stopFlashSession(this.em, id, this.clock.now()) : undefined;
    if (!row) throw badUserInput('No such flash session', 'id');
    return (await this.sessions()).find((s) => s.id === id)!;
  }

  /** 原价 per item: the lowest price at the store (or the chain) over the 7 days before its session starts. */
  private async originalPrices(items: FlashItemView[], storeId: string | null): Promise<Map<string, number>> {
    if (!items.length) return new Map();
    const rows = (await priceRowsOf(this.em, [...new Set(items.map((i) => i.sku_id))])).map((r) => ({
      skuId: r.sku_id,
      row: toPriceRow(r),
    }));
    const groupIds = storeId ? ((await groupsOfStores(this.em, [storeId])).get(storeId) ?? []) : [];
    const place = storeId ? { storeId, groupIds } : null;
    const out = new Map<string, number>();
    for (const i of items) {
      const start = new Date(i.starts_at);
      const mine = rows.filter((r) => r.skuId === i.sku_id).map((r) => r.row);
      out.set(i.id, lowestPrice(mine, i.list_price_fen, place, new Date(start.getTime() - WEEK_MS), start));
    }
    return out;
  }
}

function toSession(s: FlashSessionRow, items: FlashItemView[], now: Date, original: Map<string, number>): FlashSession {
  return Object.assign(new FlashSession(), {
    id: s.id,
    name: s.name,
    startsAt: new Date(s.starts_at),
    endsAt: new Date(s.ends_at),
    state: s.state,
    items: items.map((i) =>
      Object.assign(new FlashItem(), {
        id: i.id,
        skuId: i.sku_id,
        skuCode: i.sku_code,
        name: i.name,
        storeId: i.store_id,
        priceFen: i.price_fen,
        originalPriceFen: original.get(i.id) ?? null,
        quota: i.quota,
        sold: i.sold,
        perUserLimit: i.per_user_limit,
        perOrderLimit: i.per_order_limit,
        status: flashStatus(i, now),
      }),
    ),
  });
}
