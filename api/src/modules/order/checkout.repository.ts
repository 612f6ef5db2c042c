// The checkout's writes: the checkout row (its idempotency key is the unique guard), then every order, line
// and first log entry in one statement. Runs inside the caller's transaction, after the stock is held.
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql';
import type { PricedOrder } from './pricing';

export interface NewCheckout {
  id: string;
  shopperId: string;
  idempotencyKey: string;
  requestHash: string;
  fulfilment: 'DELIVERY' | 'PICKUP';
  goodsFen: number;
  deliveryFeeFen: number;
  totalFen: number;
  outTradeNo: string;
  paymentExpiresAt: Date;
  createdAt: Date;
}

export interface NewOrder extends PricedOrder {
  id: string;
  contactName: string;
  contactPhone: string;
  address: string | null;
  deliveryLat: number | null;
  deliveryLng: number | null;
  scheduledAt: Date | null;
  remark: string | null;
}

const INSERT_CHECKOUT = `
  INSERT INTO checkout (id, shopper_id, idempotency_key, request_hash, state, fulfilment, goods_fen, delivery_fee_fen,
                        total_fen, out_trade_no, payment_expires_at, created_at)
  VALUES (:id, :shopper, :key, :hash, 'PENDING_PAYMENT', :fulfilment, :goods, :fee, :total, :tradeNo, :expires, :at)
  ON CONFLICT (shopper_id, idempotency_key) DO NOTHING
  RETURNING id`;

/** Inserts the checkout; false when the shopper already has one under this key (a retry, possibly concurrent). */
export async function insertCheckout(tx: EntityManager, c: NewCheckout): Promise<boolean> {
  const rows = await query(tx, INSERT_CHECKOUT, {
    id: c.id,
    shopper: c.shopperId,
    key: c.idempotencyKey,
    hash: c.requestHash,
    fulfilment: c.fulfilment,
    goods: c.goodsFen,
    fee: c.deliveryFeeFen,
    total: c.totalFen,
    tradeNo: c.outTradeNo,
    expires: c.paymentExpiresAt.toISOString(),
    at: c.createdAt.toISOString(),
  });
  return rows.length === 1;
}

const INSERT_ORDERS = `
  WITH o AS (
    INSERT INTO customer_order (id, checkout_id, shopper_id, store_id, fulfilment, state, goods_fen, delivery_fee_fen,
                                total_fen, distance_m, contact_name, contact_phone, address, delivery_lat, delivery_lng,
                                scheduled_at, remark, created_at, updated_at)
    SELECT x.id, :checkout::uuid, :shopper::uuid, x.store_id, :fulfilment, 'PENDING_PAYMENT', x.goods_fen, x.delivery_fee_fen,
           x.total_fen, x.distance_m, x.contact_name, x.contact_phone, x.address, x.delivery_lat, x.delivery_lng,
           x.scheduled_at, x.remark, :at::timestamptz, :at::timestamptz
    FROM jsonb_to_recordset(:orders::jsonb) AS x(id uuid, store_id uuid, goods_fen int, delivery_fee_fen int, total_fen int,
         distance_m int, contact_name text, contact_phone text, address text, delivery_lat float8, delivery_lng float8,
         scheduled_at timestamptz, remark text)
    RETURNING id, store_id),
  l AS (
    INSERT INTO order_line (id, order_id, position, sku_id, sku_code, name, unit_price_fen, quantity)
    SELECT gen_random_uuid(), x.order_id, x.position, x.sku_id, x.sku_code, x.name, x.unit_price_fen, x.quantity
    FROM jsonb_to_recordset(:lines::jsonb) AS x(order_id uuid, position int, sku_id uuid, sku_code text, name text,
         unit_price_fen int, quantity int)
    WHERE x.order_id IN (SELECT id FROM o))
  INSERT INTO order_transition (id, order_id, from_state, to_state, event, store_id, actor, reason, at)
  SELECT gen_random_uuid(), o.id, NULL, 'PENDING_PAYMENT', 'PLACE', o.store_id, :actor, NULL, :at::timestamptz FROM o`;

export async function insertOrders(tx: EntityManager, checkout: NewCheckout, orders: NewOrder[], actor: string): Promise<void> {
  await query(tx, INSERT_ORDERS, {
    checkout: checkout.id,
    shopper: checkout.shopperId,
    fulfilment: checkout.fulfilment,
    at: checkout.createdAt.toISOString(),
    actor,
    orders: JSON.stringify(
      orders.map((o) => ({
        id: o.id,
        store_id: o.storeId,
        goods_fen: o.goodsFen,
        delivery_fee_fen: o.deliveryFeeFen,
        total_fen: o.totalFen,
        distance_m: Math.round(o.distanceM),
        contact_name: o.contactName,
        contact_phone: o.contactPhone,
        address: o.address,
        delivery_lat: o.deliveryLat,
        delivery_lng: o.deliveryLng,
        scheduled_at: o.scheduledAt?.toISOString() ?? null,
        remark: o.remark,
      })),
    ),
    lines: JSON.stringify(
      orders.flatMap((o) =>
        o.lines.map((l, position) => ({
          order_id: o.id,
          position,
          sku_id: l.skuId,
          sku_code: l.skuCode,
          name: l.name,
          unit_price_fen: l.unitPriceFen,
          quantity: l.quantity,
        })),
      ),
    ),
  });
}

export interface SkuPrice {
  skuId: string;
  skuCode: string;
  name: string;
  priceFen: number;
}

export interface StoreTerms {
  storeId: string;
  minOrderFen: number;
  deliveryFeeTiers: { upToM: number; feeFen: number }[];
}

const PRICES_AND_TERMS = `
  SELECT 'sku' AS kind, k.id AS id, k.code AS code, p.name || coalesce(' ' || (SELECT string_agg(a.value, ' ') FROM jsonb_each_text(k.attributes) a), '') AS name,
         k.price_fen AS price_fen, NULL::int AS min_order_fen, NULL::jsonb AS tiers
  FROM sku k JOIN product p ON p.id = k.product_id
  WHERE k.id = ANY(:skus::uuid[]) AND k.active
  UNION ALL
  SELECT 'store', s.id, s.code, s.name, NULL, s.min_order_fen, s.delivery_fee_tiers
  FROM store s WHERE s.id = ANY(:stores::uuid[])`;

/** Current prices of the SKUs and the delivery terms of the stores, in one round trip. */
export async function pricesAndTerms(em: EntityManager, skuIds: string[], storeIds: string[]) {
  const rows = await query<{ kind: string; id: string; code: string; name: string; price_fen: number; min_order_fen: number; tiers: StoreTerms['deliveryFeeTiers'] }>(
    em,
    PRICES_AND_TERMS,
    { skus: `{${skuIds.join(',')}}`, stores: `{${storeIds.join(',')}}` },
  );
  const prices = new Map<string, SkuPrice>();
  const terms = new Map<string, StoreTerms>();
  for (const r of rows) {
    if (r.kind === 'sku') prices.set(r.id, { skuId: r.id, skuCode: r.code, name: r.name, priceFen: r.price_fen });
    else terms.set(r.id, { storeId: r.id, minOrderFen: r.min_order_fen, deliveryFeeTiers: r.tiers });
  }
  return { prices, terms };
}
