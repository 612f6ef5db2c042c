// What a screen shows when it cannot render, as a route's error element inside the guarded routes, so the frame
// and the session guard stay up: a session that ends meanwhile still returns the tablet to the PIN.
import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { t } from '../strings';

/** A lazy screen whose code could not be fetched (the API, which serves the app, restarting; the shop's network). */
function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(message);
}

const RELOADED_AT = 'linli.pos.pageErrorReloadAt';
/** At most one automatic reload in this long: a chunk that is gone for good must not reload the tablet forever. */
const RELOAD_GAP_MS = 30_000;
const HEALTH_POLL_MS = 2_000;

export function PageError() {
  const error = useRouteError();
  const chunk = isChunkLoadError(error);
  useEffect(() => {
    if (!chunk) return;
    const last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
    if (Date.now() - last < RELOAD_GAP_MS) return;
    // Reloading while the API is away would leave the tablet on the browser's own error page: wait until it answers.
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      const up = await fetch('/health', { cache: 'no-store' }).then(
        (r) => r.ok,
        () => false,
      );
      if (stopped) return;
      if (!up) return void (timer = setTimeout(poll, HEALTH_POLL_MS));
      sessionStorage.setItem(RELOADED_AT, String(Date.now()));
      location.reload();
    };
    timer = setTimeout(poll, HEALTH_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [chunk]);
  return (
    <div className="card page-error" role="alert" data-testid="page-error">
      <h2>{t.pageError.title}</h2>
      <p>{chunk ? t.pageError.chunk : t.pageError.other}</p>
      <button type="button" className="btn btn-primary" onClick={() => location.reload()}>
        {t.pageError.reload}
      </button>
    </div>
  );
}
