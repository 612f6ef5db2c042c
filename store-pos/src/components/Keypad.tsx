// A big numeric keypad for codes and PINs: 3×4 keys of at least 72 px, also driven by a hardware keyboard.
import { t } from '../strings';

interface KeypadProps {
  onDigit: (d: string) => void;
  onBackspace: () => void;
  onClear: () => void;
  onEnter?: () => void;
  enterLabel?: string;
  enterDisabled?: boolean;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

export function Keypad({ onDigit, onBackspace, onClear, onEnter, enterLabel, enterDisabled }: KeypadProps) {
  return (
    <div className="keypad" role="group" aria-label="keypad">
      {DIGITS.map((d) => (
        <button key={d} type="button" className="key" onClick={() => onDigit(d)}>
          {d}
        </button>
      ))}
      <button type="button" className="key key-muted" onClick={onClear} aria-label={t.common.clear}>
        {t.common.clear}
      </button>
      <button type="button" className="key" onClick={() => onDigit('0')}>
        0
      </button>
      <button type="button" className="key key-muted" onClick={onBackspace} aria-label="backspace">
        ⌫
      </button>
      {onEnter && (
        <button type="button" className="key key-enter" onClick={onEnter} disabled={enterDisabled}>
          {enterLabel ?? t.common.confirm}
        </button>
      )}
    </div>
  );
}
