// A yes/no question in the page (not the browser's confirm box): big buttons for a finger, the question in words.
import { hq } from '../../hq-strings';

interface Props {
  question: string;
  confirmLabel?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ question, confirmLabel = hq.promo.confirm, danger, onConfirm, onCancel }: Props) {
  return (
    <div className="dialog-backdrop" role="dialog" aria-modal="true" aria-label={question}>
      <div className="card dialog">
        <p style={{ margin: 0 }}>{question}</p>
        <div className="preview-actions">
          <button type="button" className="btn btn-big" onClick={onCancel}>
            {hq.promo.cancel}
          </button>
          <button type="button" className={`btn btn-big grow ${danger ? 'btn-danger' : 'btn-primary'}`} onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
