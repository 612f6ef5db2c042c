// After-sales (售后): the shopper files a request for lines of a handed-over order; a clerk of that store (or HQ)
// approves it, which refunds those lines through the ordinary refund path in the same transaction, or declines
// it with a reason. Both sides hear of it live (storeOrderEvents, myOrderEvents).
import { newClusterId } from '../../common/cluster';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../common/errors';
import { decodeCursor, isKeyCursor, toPage, type Page } from '../../common/pagination';
import { transaction, UUID } from '../../common/sql';
import type { Config } from '../../common/config';
import type { OrderView } from '../../common/order-view';
import { Role } from '../auth/auth.entity';
import { assertCanManageStore, canManageStore } from '../auth/store-access';
import type { Viewer } from '../../common/viewer';
import { StoreOrderEventKind, transactionWithEffects } from '../../common/effects';
import { OrderNotFoundError, RefundNotAllowedError } from '../order/order.errors';
import { lockOrder } from '../order/order.repository';
import { actorOf, visibleTo } from '../order/order.service';
import { OrderState } from '../order/order-states';
import { OrderSteps, type StepDeps } from '../order/order-steps';
import { ShopperOrderEventKind } from '../order/shopper-events';
import {
  afterSaleById,
  decideAfterSale,
  insertAfterSale,
  requestContext,
  storeAfterSalePage,
  type StoredAfterSale,
} from './aftersale.repository';
import { lineRefund } from '../pricing/refund-share';
import { clusterOfStore } from '../store/store-cluster';
import {
  AfterSaleAlreadyDecidedError,
  AfterSaleNotAllowedError,
  AfterSaleNotFoundError,
  AfterSaleRefusal,
  AfterSaleState,
  type AfterSaleLine,
  type RequestAfterSaleInput,
  type StoreAfterSalesArgs,
} from './aftersale.types';

const HANDED_OVER: readonly OrderState[] = [OrderState.PICKED_UP, OrderState.DELIVERED, OrderState.COMPLETED];

/** What says whether an order offers after-sales now: received, and when; money left to give back. */
type AfterSaleFacts = Pick<OrderView, 'state' | 'handedOverAt' | 'totalFen' | 'refundedFen'>;

/** Why a shopper may not ask for after-sales on this order now (before looking at its lines), or null. */
function afterSaleBlock(
  order: Pick<AfterSaleFacts, 'state' | 'handedOverAt'>,
  openId: string | null,
  now: Date,
  days: number,
): { refusal: AfterSaleRefusal; message: string } | null {
  if (!HANDED_OVER.includes(order.state))
    return {
      refusal: AfterSaleRefusal.NOT_HANDED_OVER,
      message: `The order is ${order.state}; after-sales is for goods you have received`,
    };
  if (openId) return { refusal: AfterSaleRefusal.ALREADY_OPEN, message: 'A request for this order is still open' };
  const windowEnds = (order.handedOverAt?.getTime() ?? 0) + days * 86_400_000;
  if (now.getTime() > windowEnds)
    return { refusal: AfterSaleRefusal.WINDOW_CLOSED, message: `After-sales closes ${days} days after hand-over` };
  return null;
}

/** Thrown inside the approving transaction when the request was decided meanwhile: the refund rolls back. */
class DecidedMeanwhile extends Error {}

export type AfterSaleDeps = StepDeps & { config: StepDeps['config'] & Pick<Config, 'shop'> };

export class AfterSaleService {
  private readonly steps: OrderSteps;

  constructor(
    private readonly em: EntityManager,
    private readonly deps: AfterSaleDeps,
  ) {
    this.steps = new OrderSteps(em, deps);
  }

  async request(viewer: Viewer, input: RequestAfterSaleInput) {
    if (viewer.role !== Role.SHOPPER || !UUID.test(input.orderId)) return OrderNotFoundError.of(input.orderId);
    const now = this.deps.clock.now();
    const outcome = await transactionWithEffects(this.em, this.deps, async (tx, effects) => {
      const order = await lockOrder(tx, input.orderId);
      if (!order || order.shopperId !== viewer.shopperId) return OrderNotFoundError.of(input.orderId);
      const refuse = (refusal: AfterSaleRefusal, message: string, openId: string | null = null) =>
        AfterSaleNotAllowedError.of(order.id, refusal, message, openId);
      const ctx = await requestContext(tx, order.id);
      const blocked = afterSaleBlock(
        { state: order.state, handedOverAt: ctx.handedOverAt },
        ctx.openId,
        now,
        this.deps.config.shop.afterSaleDays,
      );
      if (blocked) return refuse(blocked.refusal, blocked.message, blocked.refusal === AfterSaleRefusal.ALREADY_OPEN ? ctx.openId : null);
      const lines = pickLines(ctx.lines, input.lines);
      if (typeof lines === 'string')
        return refuse(
          lines === 'EMPTY' ? AfterSaleRefusal.NOTHING_LEFT : AfterSaleRefusal.BAD_LINES,
          lines === 'EMPTY' ? 'Everything was refunded already' : lines,
        );
      // The id names the order's cluster, so deciding it finds the cluster without a lookup.
      const id = newClusterId(order.clusterId);
      await insertAfterSale(tx, {
        id,
        orderId: order.id,
        shopperId: order.shopperId,
        storeId: order.storeId,
        clusterId: order.clusterId,
        reason: input.reason,
        note: input.note?.trim() ?? '',
        lines,
        // What approving it would give back for the goods: each unit's exact share of what its line paid.
        requestedFen: lines.reduce(
          (sum, l) =>
            sum +
            lineRefund(
              ctx.lines.find((c) => c.id === l.lineId)!,
              l.quantity,
            ).amountFen,
          0,
        ),
        at: now,
      });
      effects.storeEvent(StoreOrderEventKind.AFTER_SALE_REQUESTED, order.id, order.storeId, order.state, now);
      effects.shopperEvent(order.shopperId, {
        kind: ShopperOrderEventKind.AFTER_SALE_REQUESTED,
        orderId: order.id,
        state: order.state,
        at: now.toISOString(),
        afterSaleId: id,
      });
      return id;
    });
    if (typeof outcome !== 'string') return outcome;
    return (await afterSaleById(this.em, outcome))!;
  }

  /** Whether the shopper may ask now (Order.canRequestAfterSale): the checks request() makes, read without locks. */
  offersAfterSale(order: AfterSaleFacts, requests: readonly { state: AfterSaleState }[]): boolean {
    const open = requests.some((r) => r.state === AfterSaleState.REQUESTED) ? 'open' : null;
    const blocked = afterSaleBlock(order, open, this.deps.clock.now(), this.deps.config.shop.afterSaleDays);
    return !blocked && order.refundedFen < order.totalFen;
  }

  async storeAfterSales(viewer: Viewer, args: StoreAfterSalesArgs): Promise<Page<StoredAfterSale>> {
    assertCanManageStore(viewer, args.storeId);
    if (!UUID.test(args.storeId)) throw badUserInput('storeId is not an id', 'storeId');
    const after = decodeCursor(args.after, isKeyCursor);
    const [at, id] = after ? after.k.split('|') : [];
    const cluster = await clusterOfStore(this.em, args.storeId);
    if (!cluster) return toPage([], args.first, (a: StoredAfterSale) => ({ k: a.id }));
    const rows = await storeAfterSalePage(this.em, cluster, args.storeId, args.state, at && id ? { at, id } : undefined, args.first + 1);
    return toPage(rows, args.first, (a) => ({ k: `${a.createdAt.toISOString()}|${a.id}` }));
  }

  /** The request, if this viewer may decide it: a clerk of its store, or HQ. */
  private async decidable(viewer: Viewer, id: string) {
    const found = UUID.test(id) ? await afterSaleById(this.em, id) : undefined;
    if (!found || !canManageStore(viewer, found.storeId)) return AfterSaleNotFoundError.of(id);
    if (found.state !== AfterSaleState.REQUESTED) return AfterSaleAlreadyDecidedError.of(id, found.state);
    return found;
  }

  async approve(viewer: Viewer, id: string) {
    const found = await this.decidable(viewer, id);
    if (!('shopperId' in found)) return found;
    const actor = actorOf(viewer);
    try {
      const outcome = await this.steps.refund(
        found.orderId,
        found.lines.map((l) => ({ lineId: l.lineId, quantity: l.quantity })),
        actor,
        `after-sales ${found.reason.toLowerCase()}${found.note ? `: ${found.note}` : ''}`,
        visibleTo(viewer),
        async (tx, order, refundId, effects) => {
          const at = this.deps.clock.now();
          if (!(await decideAfterSale(tx, found.id, { state: 'APPROVED', refundId }, actor.name, at))) throw new DecidedMeanwhile();
          effects.shopperEvent(order.shopperId, {
            kind: ShopperOrderEventKind.AFTER_SALE_APPROVED,
            orderId: order.id,
            state: order.state,
            at: at.toISOString(),
            afterSaleId: found.id,
          });
          // A whole refund is a step, which already tells the store and sends the refund message; a partial one is not.
          if (order.state !== OrderState.REFUNDED) {
            effects.storeEvent(StoreOrderEventKind.UPDATED, order.id, order.storeId, order.state, at);
            effects.notify(order.id, 'ORDER_REFUNDED');
          }
        },
      );
      if (!outcome.ok) {
        if (outcome.kind === 'NOT_FOUND') return AfterSaleNotFoundError.of(id);
        return RefundNotAllowedError.of(found.orderId, outcome.message);
      }
    } catch (err) {
      if (!(err instanceof DecidedMeanwhile)) throw err;
      return AfterSaleAlreadyDecidedError.of(id, (await afterSaleById(this.em, id))!.state);
    }
    return (await afterSaleById(this.em, id))!;
  }

  async decline(viewer: Viewer, id: string, reason: string) {
    if (reason.trim().length < 1 || reason.length > 200) throw badUserInput('reason must be 1-200 characters', 'reason');
    const found = await this.decidable(viewer, id);
    if (!('shopperId' in found)) return found;
    const at = this.deps.clock.now();
    const decided = await transactionWithEffects(this.em, this.deps, async (tx, effects) => {
      const order = await lockOrder(tx, found.orderId); // the order lock first, as every path that decides one takes it
      const row = await decideAfterSale(tx, found.id, { state: 'DECLINED', reason: reason.trim() }, actorOf(viewer).name, at);
      if (row && order) {
        effects.shopperEvent(order.shopperId, {
          kind: ShopperOrderEventKind.AFTER_SALE_DECLINED,
          orderId: order.id,
          state: order.state,
          at: at.toISOString(),
          afterSaleId: found.id,
        });
        effects.storeEvent(StoreOrderEventKind.UPDATED, order.id, order.storeId, order.state, at);
      }
      return row;
    });
    if (!decided) return AfterSaleAlreadyDecidedError.of(id, (await afterSaleById(this.em, id))!.state);
    return (await afterSaleById(this.em, id))!;
  }
}

/** The lines asked for, checked against what is left to refund; everything left when none are named. */
export function pickLines(
  left: { id: string; name: string; unitPriceFen: number; left: number }[],
  asked: { lineId: string; quantity: number }[] | undefined,
): AfterSaleLine[] | 'EMPTY' | string {
  const wanted = asked ?? left.filter((l) => l.left > 0).map((l) => ({ lineId: l.id, quantity: l.left }));
  if (!wanted.length) return asked ? 'Name at least one line' : 'EMPTY';
  const merged = new Map<string, number>();
  for (const w of wanted) merged.set(w.lineId, (merged.get(w.lineId) ?? 0) + w.quantity);
  const out: AfterSaleLine[] = [];
  for (const [lineId, quantity] of merged) {
    const line = left.find((l) => l.id === lineId);
    if (!line) return `Line ${lineId} is not on this order`;
    if (quantity > line.left) return `Only ${line.left} of ${line.name} can still be refunded`;
    out.push({ lineId, name: line.name, quantity, unitPriceFen: line.unitPriceFen });
  }
  return out;
}
