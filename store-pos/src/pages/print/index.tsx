// A pick list (A4/any printer) or a 58/80 mm receipt through the browser's print dialog: print CSS only,
// no driver. Opened from the queue as /print/<order>?kind=picklist|receipt&width=58|80.
import { useQuery } from 'urql';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { PrintOrderDocument } from '../../generated/graphql';
import { describeFault } from '../../graphql/errors';
import { yuan } from '../../lib/money';
import { when } from '../../lib/time';
import { t } from '../../strings';

export default function PrintPage() {
  const { orderId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const kind = params.get('kind') === 'receipt' ? 'receipt' : 'picklist';
  const width = params.get('width') === '80' ? 80 : 58;
  const [{ data, error }] = useQuery({ query: PrintOrderDocument, variables: { id: orderId } });
  const order = data?.order;
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
            <button key={w} type="button" className={`btn btn-big${width === w ? ' btn-primary' : ''}`} onClick={() => set('width', String(w))}>
              {w} mm
            </button>
          ))}
        <button type="button" className="btn btn-primary btn-big grow" onClick={() => window.print()} disabled={!order}>
          {t.common.print}
        </button>
      </div>
      {error && <p className="form-error">{describeFault(error)}</p>}
      {order && (
        <article className={kind === 'receipt' ? `receipt receipt-${width}` : 'picklist'} data-testid="printable">
          {kind === 'receipt' && <style>{`@page { size: ${width}mm auto; margin: 0; }`}</style>}
          <header>
            <h1>{kind === 'receipt' ? order.store.name : `${t.print.pickList} · ${order.store.code}`}</h1>
            <div>
              {t.print.order} #{order.id.slice(0, 8).toUpperCase()} · {order.fulfilment === 'PICKUP' ? t.queue.pickup : t.queue.delivery}
            </div>
            <div>{when(order.paidAt ?? order.createdAt)}</div>
            <div>
              {order.contactName} {order.contactPhone}
            </div>
            {order.address && <div>{order.address}</div>}
            {order.remark && (
              <div>
                {t.queue.remark}：{order.remark}
              </div>
            )}
          </header>
          <table>
            <tbody>
              {order.lines.map((l) => (
                <tr key={l.id}>
                  {kind === 'picklist' && <td className="check">☐</td>}
                  <td>
                    {l.name}
                    {kind === 'picklist' && <div className="small">{l.skuCode}</div>}
                  </td>
                  <td className="qty">×{l.quantity}</td>
                  {kind === 'receipt' && <td className="num">{yuan(l.unitPriceFen * l.quantity)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          {kind === 'receipt' && (
            <footer>
              {order.deliveryFeeFen > 0 && (
                <div className="sum">
                  <span>{t.print.deliveryFee}</span>
                  <span>{yuan(order.deliveryFeeFen)}</span>
                </div>
              )}
              <div className="sum total">
                <span>{t.counter.total}</span>
                <span>{yuan(order.totalFen)}</span>
              </div>
              <p className="thanks">{t.print.thanks}</p>
            </footer>
          )}
        </article>
      )}
    </div>
  );
}
