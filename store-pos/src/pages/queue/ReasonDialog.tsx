// Asks why (reject an order, decline an after-sales request): common reasons are one tap, or type one.
import { useState } from 'react';
import { t } from '../../strings';

interface Props {
  title: string;
  reasons: readonly string[];
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

export function ReasonDialog({ title, reasons, onSubmit, onCancel }: Props) {
  const [other, setOther] = useState('');
  return (
    <div className="dialog-backdrop" role="dialog" aria-label={title}>
      <div className="card dialog">
        <h2>{title}</h2>
        <div className="reason-grid">
          {reasons.map((r) => (
            <button key={r} type="button" className="btn btn-big" onClick={() => onSubmit(r)}>
              {r}
            </button>
          ))}
        </div>
        <label>
          {t.queue.rejectOther}
          <input value={other} onChange={(e) => setOther(e.target.value)} maxLength={200} />
        </label>
        <div className="preview-actions">
          <button type="button" className="btn btn-big" onClick={onCancel}>
            {t.common.cancel}
          </button>
          <button type="button" className="btn btn-danger btn-big grow" disabled={!other.trim()} onClick={() => onSubmit(other.trim())}>
            {t.common.confirm}
          </button>
        </div>
      </div>
    </div>
  );
}
