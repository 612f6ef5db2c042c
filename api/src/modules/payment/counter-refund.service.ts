// The counter refund (收银退货): the clerk finds a counter sale of their store by its receipt number, and refunds
// chosen units of chosen lines through the order's exact partial refund (each unit its share of what the line paid:
// discounts, the clerk's own included, and points go back in proportion). The money goes back the way it came: cash
// and card at the counter (the answer says how much to hand back), a 付款码 payment through WeChat's refund. The
// goods come back on hand at this store (unless damaged), the points that paid them go back, the growth and ledger
// follow the refund like any other.
import type { EntityManager } from '@mikro-orm/postgresql';
import { UUID } from '../../common/sql';
import { applyStockChange } from '../inventory/inventory.repository';
import { StockMovementReason } from '../inventory/inventory.entity';
import { asCustomerOrder, CustomerOrder } from '../order/order.entity';
import { OrderSteps } from '../order/order-steps';
import type { PaymentDeps } from './payment.service';
import type { CounterClerk } from './counter-sale.service';
import { counterSaleByRef, counterTender, markRefundRestocked, refundedSkus, refundFigures } from './counter-refund.repository';
import { CounterRefundDone, CounterRefundRefusedError, type CounterRefundInput } from './counter-refund.types';
import { clusterOfStore } from '../store/store-cluster';

export class CounterRefundService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: PaymentDeps,
  ) {}

  /** A counter sale of the clerk's store by its receipt number (#ABCDEF12) or scanned id; null when none. */
  async find(clerk: CounterClerk, ref: string): Promise<CustomerOrder | null> {
    const cluster = await clusterOfStore(this.em, clerk.storeId);
    const id = cluster && (await counterSaleByRef(this.em, { id: clerk.storeId, clusterId: cluster }, ref));
    return id ? this.em.findOne(CustomerOrder, { clusterId: cluster, id }) : null;
  }

  async refund(clerk: CounterClerk, input: CounterRefundInput): Promise<CounterRefundDone | CounterRefundRefusedError> {
    const sale = UUID.test(input.orderId) ? await counterTender(this.em, input.orderId) : undefined;
    if (!sale || sale.storeId !== clerk.storeId) return CounterRefundRefusedError.of(input.orderId, 'Not a counter sale of this store');
    const restock = input.restock ?? true;
    const at = this.deps.clock.now();
    const outcome = await new OrderSteps(this.em, this.deps).refund(
      input.orderId,
      input.lines,
      { kind: 'CLERK', name: clerk.actor },
      input.reason,
      (o) => o.storeId === clerk.storeId,
      async (tx, order, refundId) => {
        if (!restock || order.stock !== 'CONSUMED') return;
        // The customer brought the goods back to this counter: on hand again, journalled against the order.
        const lines = input.lines;
        const skus = await refundedSkus(
          tx,
          order.id,
          lines.map((l) => l.lineId),
        );
        for (const l of lines) {
          const skuId = skus.get(l.lineId);
          if (!skuId) continue;
          await applyStockChange(tx, {
            clusterId: order.clusterId,
            storeId: order.storeId,
            skuId,
            delta: l.quantity,
            reason: StockMovementReason.RETURNED,
            actor: clerk.actor,
            orderRef: order.id,
            note: input.reason,
            at,
          });
        }
        await markRefundRestocked(tx, refundId);
      },
    );
    if (!outcome.ok) return CounterRefundRefusedError.of(input.orderId, 'message' in outcome ? outcome.message : outcome.kind);
    const figures = await refundFigures(this.em, outcome.refundId!);
    return Object.assign(new CounterRefundDone(), {
      order: asCustomerOrder(outcome.order),
      refundId: outcome.refundId!,
      amountFen: figures.amountFen,
      pointsReturned: figures.points,
      tender: sale.tender,
      handBackFen: sale.tender === 'WECHAT_CODE' ? 0 : figures.amountFen,
      restocked: restock,
    });
  }
}
