// Orders as people see and move them: who may see which order, and each step on their behalf.
import type { EntityManager } from '@mikro-orm/postgresql';
import { badUserInput } from '../../common/errors';
import { decodeCursor, isKeyCursor, toPage, type Page, type PageArgs } from '../../common/pagination';
import { readConnection, UUID } from '../../common/sql';
import { Role } from '../auth/auth.entity';
import { assertCanManageStore } from '../auth/store-access';
import { actorName, type Viewer } from '../../common/viewer';
import { asCustomerOrder, CustomerOrder, type OrderLine } from './order.entity';
import { clerkDiscountNotes } from '../pricing/clerk-discount';
import { staffById } from '../auth/staff.repository';
import { InvalidTransitionError, OrderNotFoundError, RefundNotAllowedError } from './order.errors';
import { OrderEvent, OrderState } from './order-states';
import { OrderSteps, type StepActor, type StepDeps, type StepOutcome, type Visibility } from './order-steps';
import { ClerkDiscountNote, type RefundOrderInput, type StoreOrdersArgs, type StoreStepEvent } from './order.types';
import type { OrderParties } from '../../common/order-view';
import { clusterFilter } from '../../common/cluster';
import { clusterOfStore } from '../store/store-cluster';

/** A store's working queue by default: paid and not yet finished. */
const OPEN_STATES = [OrderState.PAID, OrderState.ACCEPTED, OrderState.READY_FOR_PICKUP, OrderState.DISPATCHED];

export class OrderService {
  private readonly steps: OrderSteps;

  constructor(
    private readonly em: EntityManager,
    deps: StepDeps,
  ) {
    this.steps = new OrderSteps(em, deps);
  }

  /** The clerk's 改价 and 整单折扣 on a sold order, read from its lines' adjustments, with the clerk's name. */
  async clerkDiscounts(lines: readonly OrderLine[]): Promise<ClerkDiscountNote[]> {
    const notes = clerkDiscountNotes(lines);
    const names = new Map<string, string | null>();
    for (const id of new Set(notes.map((n) => n.staffId)))
      if (id && UUID.test(id)) names.set(id, (await staffById(this.em, id))?.displayName ?? null);
    return notes.map((n) => Object.assign(new ClerkDiscountNote(), n, { clerkName: (n.staffId && names.get(n.staffId)) ?? null }));
  }

  async order(viewer: Viewer, id: string): Promise<CustomerOrder | null> {
    if (!UUID.test(id)) return null;
    const order = await this.em.findOne(CustomerOrder, { ...clusterFilter([id]), id });
    // 拼团: an order waiting for its group is not the store's yet; its clerks do not find it.
    if (order?.state === OrderState.AWAITING_GROUP && viewer.role === Role.CLERK) return null;
    return order && visibleTo(viewer)(order) ? order : null;
  }

  async myOrders(viewer: Viewer, args: PageArgs): Promise<Page<CustomerOrder>> {
    if (viewer.role !== Role.SHOPPER) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    // A page that may be a few seconds old, but never older than the shopper's own last write (read-your-writes.ts).
    return this.page({ shopperId: viewer.shopperId }, args, await readConnection(this.em));
  }

  async storeOrders(viewer: Viewer, args: StoreOrdersArgs): Promise<Page<CustomerOrder>> {
    assertCanManageStore(viewer, args.storeId);
    if (!UUID.test(args.storeId)) throw badUserInput('storeId is not an id', 'storeId');
    // Orders waiting for their group are never the store's to list, whatever states are asked for.
    const states = (args.states?.length ? args.states : OPEN_STATES).filter((s) => s !== OrderState.AWAITING_GROUP);
    const cluster = await clusterOfStore(this.em, args.storeId);
    if (!cluster) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    return this.page({ clusterId: cluster, storeId: args.storeId, state: { $in: states } }, args);
  }

  private async page(
    where: Record<string, unknown>,
    args: PageArgs,
    connectionType: 'read' | 'write' = 'write',
  ): Promise<Page<CustomerOrder>> {
    const after = decodeCursor(args.after, isKeyCursor);
    const [afterTime, afterId] = after ? after.k.split('|') : [];
    const rows = await this.em.find(
      CustomerOrder,
      {
        ...where,
        ...(afterTime && afterId
          ? { $or: [{ createdAt: { $lt: new Date(afterTime) } }, { createdAt: new Date(afterTime), id: { $lt: afterId } }] }
          : {}),
      },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: args.first + 1, connectionType },
    );
    return toPage(rows, args.first, (o) => ({ k: `${o.createdAt.toISOString()}|${o.id}` }));
  }

  advance(viewer: Viewer, orderId: string, event: StoreStepEvent, reason?: string) {
    return this.run(orderId, () =>
      this.steps.apply(orderId, event as unknown as OrderEvent, actorOf(viewer), reason ?? null, visibleTo(viewer)),
    );
  }

  reject(viewer: Viewer, orderId: string, reason: string) {
    return this.run(orderId, () => this.steps.reroute(orderId, actorOf(viewer), `rejected by the store: ${reason}`, visibleTo(viewer)));
  }

  /** The shopper takes the order back: unpaid, the whole checkout is cancelled; paid, it is refunded in full. */
  cancel(viewer: Viewer, orderId: string, reason?: string) {
    return this.run(orderId, () => this.steps.takeBack(orderId, actorOf(viewer), reason ?? 'cancelled by the shopper', visibleTo(viewer)));
  }

  confirmReceipt(viewer: Viewer, orderId: string) {
    return this.run(orderId, () => this.steps.apply(orderId, OrderEvent.COMPLETE, actorOf(viewer), null, visibleTo(viewer)));
  }

  refund(viewer: Viewer, input: RefundOrderInput) {
    return this.run(input.orderId, () => this.steps.refund(input.orderId, input.lines, actorOf(viewer), input.reason, visibleTo(viewer)));
  }

  private async run(orderId: string, work: () => Promise<StepOutcome>) {
    if (!UUID.test(orderId)) return OrderNotFoundError.of(orderId);
    const outcome = await work();
    // The step answers the order as it left it (the same row a read after COMMIT would find).
    if (outcome.ok) return asCustomerOrder(outcome.order);
    if (outcome.kind === 'NOT_FOUND') return OrderNotFoundError.of(orderId);
    if (outcome.kind === 'REFUND_NOT_ALLOWED') return RefundNotAllowedError.of(orderId, outcome.message);
    return InvalidTransitionError.of(orderId, outcome.state, outcome.message);
  }
}

/** Shoppers see their own orders, clerks their store's, HQ all; anything else is "not found", which leaks nothing. */
export function visibleTo(viewer: Viewer): Visibility {
  return (o: OrderParties) => {
    switch (viewer.role) {
      case Role.HQ_ADMIN:
        return true;
      case Role.CLERK:
        return o.storeId === viewer.storeId;
      case Role.SHOPPER:
        return o.shopperId === viewer.shopperId;
      default:
        return false;
    }
  };
}

export function actorOf(viewer: Viewer): StepActor {
  const kind =
    viewer.role === Role.HQ_ADMIN ? 'HQ' : viewer.role === Role.CLERK ? 'CLERK' : viewer.role === Role.SHOPPER ? 'SHOPPER' : 'SYSTEM';
  return { kind, name: actorName(viewer) };
}
