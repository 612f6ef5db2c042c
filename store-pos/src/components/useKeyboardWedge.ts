// USB and Bluetooth scanners are keyboards: they type the QR token and Enter. Listen on the whole window so
// the clerk never has to tap into a field first; digits typed on a keyboard go to the code like the keypad.
import { useEffect, useRef } from 'react';

interface Handlers {
  onDigit: (d: string) => void;
  onBackspace: () => void;
  /** Enter: `typed` is everything keyed since the last Enter (a scanner's whole token). */
  onEnter: (typed: string) => void;
}

export function useKeyboardWedge(handlers: Handlers, enabled = true) {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    let typed = '';
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === 'Enter') {
        e.preventDefault();
        const text = typed;
        typed = '';
        ref.current.onEnter(text);
      } else if (e.key === 'Backspace') {
        typed = typed.slice(0, -1);
        ref.current.onBackspace();
      } else if (e.key === 'Escape') {
        typed = '';
      } else if (e.key.length === 1) {
        typed += e.key;
        if (/^[0-9]$/.test(e.key)) ref.current.onDigit(e.key);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
