// H5 downloads each page's code when it is first opened. If that download fails (the network dropped as the shopper
// tapped), Taro's router rejects the navigation and nobody is listening: the tap did nothing, with no word why. The
// failure is said here instead; the bundler forgets a failed download, so the next tap fetches it again. The notice is
// drawn here, not by Taro.showToast: that would bring Taro's H5 toast into the first download (6 KB gzipped), and a
// page's own toast code may be what failed to arrive.
import { t } from '../strings';

const NOTICE_MS = 2500;

/** Whether a rejection is a page's code that could not be downloaded (webpack's ChunkLoadError, or a failed import()). */
export function isPageCodeFailure(reason: unknown): boolean {
  const e = reason as { name?: unknown; message?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  if (e.name === 'ChunkLoadError') return true;
  return typeof e.message === 'string' && /Loading (CSS )?chunk \S+ failed|Failed to fetch dynamically imported module/.test(e.message);
}

/** Says so when a page's code failed to download; returns the function that stops listening. */
export function sayWhenPageCodeFails(): () => void {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return () => undefined;
  const onRejection = (event: PromiseRejectionEvent) => {
    if (!isPageCodeFailure(event.reason)) return;
    event.preventDefault();
    notice(t.common.pageNotLoaded);
  };
  window.addEventListener('unhandledrejection', onRejection);
  return () => window.removeEventListener('unhandledrejection', onRejection);
}

let shown: { box: HTMLDivElement; timer: ReturnType<typeof setTimeout> } | null = null;

/** A toast as the app's others look (dark, centred, a few seconds), one at a time. */
function notice(text: string): void {
  if (shown) clearTimeout(shown.timer);
  const box = shown?.box ?? document.createElement('div');
  box.textContent = text;
  box.setAttribute('role', 'alert');
  box.setAttribute('data-testid', 'page-not-loaded');
  Object.assign(box.style, {
    position: 'fixed',
    left: '50%',
    top: '45%',
    transform: 'translate(-50%, -50%)',
    maxWidth: '70%',
    padding: '12px 20px',
    borderRadius: '8px',
    background: 'rgba(17, 17, 17, 0.7)',
    color: '#fff',
    fontSize: '16px',
    lineHeight: '1.5',
    textAlign: 'center',
    zIndex: '5000',
    pointerEvents: 'none',
  });
  if (!box.isConnected) document.body.appendChild(box);
  shown = { box, timer: setTimeout(() => (box.remove(), (shown = null)), NOTICE_MS) };
}
