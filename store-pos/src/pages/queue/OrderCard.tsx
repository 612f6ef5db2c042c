// One order in the queue: what to pick, for whom, by when, and the steps it can take now.
import { Link } from 'react-router';
import type { OrderAction, QueueOrderFragment } from '../../generated/graphql';
import { useStoreClock } from '../../components/StoreClock';
import { yuan } from '../../lib/money';
import { t } from '../../strings';

/** The steps the queue takes itself (hand-over is at the counter, refunds on the order page); the API says which
 * of them this order offers now, to this clerk (nextActions). */
const QUEUE_ACTIONS = ['ACCEPT', 'REJECT', 'MARK_READY', 'DISPATCH', 'DELIVER'] as const;
export type QueueAction = (typeof QUEUE_ACTIONS)[number];
const isQueueAction = (a: OrderAction): a is QueueAction => (QUEUE_ACTIONS as readonly string[]).includes(a);

interface Props {
  order: QueueOrderFragment;
  flash: boolean;
  busy: boolean;
  onAction: (action: QueueAction) => void;
}

export function OrderCard({ order, flash, busy, onAction }: Props) {
  const actions = order.nextActions.filter(isQueueAction);
  const time = useStoreClock();
  return (
    <article className={`card order${flash ? ' order-flash' : ''}`} data-testid="order-card" data-order-id={order.id}>
      <header className="order-head">
        <span className={`tag tag-${order.fulfilment.toLowerCase()}`}>
          {order.fulfilment === 'PICKUP' ? t.queue.pickup : t.queue.delivery}
        </span>
        <span className="order-no">#{order.id.slice(0, 8).toUpperCase()}</span>
        <span className="order-total">{yuan(order.totalFen)}</span>
      </header>
      {/* The two times a clerk acts on, each saying what it is: when to accept by, when the shopper comes. */}
      <div className="order-times">
        {order.groupBuy && (
          <span className="tag tag-group" data-testid="group-buy-tag">
            {t.queue.groupBuy(order.groupBuy.paid)}
          </span>
        )}
        {order.pickupSlot && (
          <span className="when when-slot" data-testid="pickup-slot">
            {t.queue.pickupSlot(time.span(order.pickupSlot.startsAt, order.pickupSlot.endsAt))}
          </span>
        )}
        {!order.pickupSlot && order.scheduledAt && (
          <span className="when when-slot">{t.queue.scheduledFor(time.when(order.scheduledAt))}</span>
        )}
        {order.state === 'PAID' && order.acceptBy && (
          <span className="when when-accept" data-testid="accept-by">
            {t.queue.acceptBy(time.clock(order.acceptBy))}
          </span>
        )}
      </div>
      <div className="order-meta">
        <span>
          {order.contactName} {order.contactPhone}
        </span>
        {order.paidAt && <span className="muted">{t.queue.paidAt(time.when(order.paidAt))}</span>}
      </div>
      {order.fulfilment === 'DELIVERY' && order.address && (
        <div className="order-address">
          {t.queue.address}：{order.address}（{t.queue.distance(order.distanceM)}）
        </div>
      )}
      <ul className="order-lines">
        {order.lines.map((l) => (
          <li key={l.id}>
            <span>{l.name}</span>
            <b>×{l.quantity}</b>
          </li>
        ))}
      </ul>
      {order.remark && (
        <div className="order-remark">
          {t.queue.remark}：{order.remark}
        </div>
      )}
      <footer className="order-actions">
        {actions.map((a) => (
          <button
            key={a}
            type="button"
            disabled={busy}
            className={a === 'REJECT' ? 'btn btn-danger' : 'btn btn-primary grow'}
            onClick={() => onAction(a)}
          >
            {t.queue.actions[a]}
          </button>
        ))}
        <Link className="btn btn-ghost" to={`/print/${order.id}?kind=picklist`}>
          {t.queue.actions.PRINT}
        </Link>
      </footer>
    </article>
  );
}
