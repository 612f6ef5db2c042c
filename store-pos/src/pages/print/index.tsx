// A pick list (A4/any printer) or a 58/80 mm receipt through the browser's print dialog: print CSS only,
// no driver. Opened from the queue as /print/<order>?kind=picklist|receipt&width=58|80. The receipt is laid
// out in columns of monospace text (receipt.ts), as thermal paper prints it; times on the store's clock.
import { useQuery } from 'urql';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PrintOrderDocument, type PrintOrderQuery } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { span, when } from '../../lib/time';
import { RECEIPT_COLUMNS, receiptLines } from './receipt';
import { t } from '../../strings';

export default function PrintPage() {
  const { orderId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const kind = params.get('kind') === 'receipt' ? 'receipt' : 'picklist';
  const width = params.get('width') === '80' ? 80 : 58;
  const [{ data, error }] = useQuery({ query: PrintOrderDocument, variables: { id: orderId } });
  const order = data?.order;
  const heading = order ? headingOf(order) : [];
  const set = (k: string, v: string) => setParams((p) => (p.set(k, v), p), { replace: true });

  return (
    <div className="print-page">
      <div className="print-toolbar no-print">
        <button type="button" className="btn btn-big" onClick={() => navigate(-1)}>
          {t.common.back}
        </button>
        <button type="button" className={`btn btn-big${kind === 'picklist' ? ' btn-primary' : ''}`} onClick={() => set('kind', 'picklist')}>
          {t.print.pickList}
        </button>
        <button type="button" className={`btn btn-big${kind === 'receipt' ? ' btn-primary' : ''}`} onClick={() => set('kind', 'receipt')}>
          {t.print.receipt}
        </button>
        {kind === 'receipt' &&
          [58, 80].map((w) => (
            <button
              key={w}
              type="button"
              className={`btn btn-big${width === w ? ' btn-primary' : ''}`}
              onClick={() => set('width', String(w))}
            >
              {w} mm
            </button>
          ))}
        <button type="button" className="btn btn-primary btn-big grow" onClick={() => window.print()} disabled={!order}>
          {t.common.print}
        </button>
      </div>
      {error && <p className="form-error">{describeFault(error)}</p>}
      {order && kind === 'receipt' && (
        <article className={`receipt receipt-${width}`} data-testid="printable">
          <style>{`@page { size: ${width}mm auto; margin: 0; }`}</style>
          <pre data-testid="receipt-text">{receiptLines(receiptOf(order, heading), RECEIPT_COLUMNS[width]).join('\n')}</pre>
        </article>
      )}
      {order && kind === 'picklist' && (
        <article className="picklist" data-testid="printable">
          <header>
            <h1>{`${t.print.pickList} · ${order.store.code}`}</h1>
            {heading.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </header>
          <table>
            <tbody>
              {order.lines.map((l) => (
                <tr key={l.id}>
                  <td className="check">☐</td>
                  <td>
                    {l.name}
                    <div className="small">{l.skuCode}</div>
                  </td>
                  <td className="qty">×{l.quantity}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </article>
      )}
    </div>
  );
}

type PrintOrder = NonNullable<PrintOrderQuery['order']>;

/** Order number and fulfilment, when, the pickup slot, who, where and the remark: one line each. */
function headingOf(order: PrintOrder): string[] {
  const zone = order.store.timeZone;
  return [
    `${t.print.order} #${order.id.slice(0, 8).toUpperCase()} ${
      order.checkout.channel === 'COUNTER' ? t.print.counterSale : order.fulfilment === 'PICKUP' ? t.queue.pickup : t.queue.delivery
    }${order.groupBuy ? ` ${t.queue.groupBuy(order.groupBuy.paid)}` : ''}`,
    order.paidAt ? t.queue.paidAt(when(order.paidAt, zone)) : when(order.createdAt, zone),
    ...(order.pickupSlot ? [t.queue.pickupSlot(span(order.pickupSlot.startsAt, order.pickupSlot.endsAt, zone))] : []),
    // A counter sale names no customer.
    ...(order.checkout.channel === 'COUNTER' ? [] : [`${order.contactName} ${order.contactPhone}`]),
    ...(order.address ? [order.address] : []),
    ...(order.remark ? [`${t.queue.remark}：${order.remark}`] : []),
  ];
}

function receiptOf(order: PrintOrder, heading: string[]) {
  const p = t.print;
  return {
    storeName: order.store.name,
    heading,
    lines: order.lines,
    deliveryFeeFen: order.deliveryFeeFen,
    discountFen: order.discountFen,
    pointsFen: order.pointsFen,
    totalFen: order.totalFen,
    payment: order.checkout.tender
      ? {
          label: t.sale.paidBy[order.checkout.tender] ?? order.checkout.tender,
          tenderedFen: order.checkout.tenderedFen ?? null,
          changeFen: order.checkout.changeFen ?? null,
        }
      : undefined,
    words: {
      goods: p.goods,
      price: p.price,
      qty: p.qty,
      amount: p.amount,
      deliveryFee: p.deliveryFee,
      total: t.counter.total,
      thanks: p.thanks,
      discount: t.sale.discount,
      points: p.points,
      change: p.change,
    },
  };
}
