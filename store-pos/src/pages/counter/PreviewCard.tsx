// What the clerk checks before handing over: the lines, the masked shopper, state and deadline.
import { yuan } from '../../lib/money';
import { useStoreClock } from '../../components/StoreClock';
import { t } from '../../strings';

interface Props {
  preview: {
    contactName: string;
    contactPhone: string;
    state: string;
    expiresAt: string;
    pickupDeadline?: string | null;
    totalFen: number;
    lines: { id: string; name: string; quantity: number; unitPriceFen: number }[];
  };
  onHandOver: () => void;
  onCancel: () => void;
}

export function PreviewCard({ preview, onHandOver, onCancel }: Props) {
  const { when } = useStoreClock();
  return (
    <div className="card preview" data-testid="preview">
      <h2>{t.counter.preview}</h2>
      <dl className="facts">
        <dt>{t.counter.shopper}</dt>
        <dd>
          {preview.contactName} {preview.contactPhone}
        </dd>
        <dt>{t.counter.state}</dt>
        <dd>{t.states[preview.state] ?? preview.state}</dd>
        <dt>{t.counter.deadline}</dt>
        <dd>{when(preview.pickupDeadline ?? preview.expiresAt)}</dd>
      </dl>
      <table className="lines">
        <tbody>
          {preview.lines.map((l) => (
            <tr key={l.id}>
              <td>{l.name}</td>
              <td className="qty">×{l.quantity}</td>
              <td className="num">{yuan(l.unitPriceFen * l.quantity)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td>{t.counter.total}</td>
            <td />
            <td className="num">{yuan(preview.totalFen)}</td>
          </tr>
        </tfoot>
      </table>
      <div className="preview-actions">
        <button type="button" className="btn btn-big" onClick={onCancel}>
          {t.common.cancel}
        </button>
        <button type="button" className="btn btn-primary btn-big grow" onClick={onHandOver}>
          {t.counter.handOver}
        </button>
      </div>
    </div>
  );
}
