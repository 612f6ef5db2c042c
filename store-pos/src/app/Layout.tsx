// The frame around every signed-in screen: side navigation (bottom bar on a phone), who and where, the
// live-connection banner, and the idle lock for shared tablets.
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { clerkRoutes, hqRoutes } from './routes';
import { useConnection } from '../graphql/connection';
import { useClient } from 'urql';
import { endSession } from '../graphql/auth';
import { useDevice, useSession } from '../graphql/session';
import { t } from '../strings';
import { LiveNotice, LiveOrdersProvider, StartShiftButton } from '../components/LiveOrders';
import { DEFAULT_STORE_ZONE, StoreClockProvider } from '../components/StoreClock';
import { QUEUE_IDLE_FACTOR, useIdleLock } from '../components/useIdleLock';
import { useStoreName } from '../components/useStoreName';

export function Layout() {
  const session = useSession();
  const device = useDevice();
  const navigate = useNavigate();
  const connection = useConnection();
  const store = useStoreName(session?.storeId ?? null);
  const client = useClient();
  const lock = () => {
    endSession(client);
    navigate(device ? '/unlock' : '/login', { replace: true });
  };
  const onQueue = useLocation().pathname.endsWith('/queue');
  useIdleLock(!!device && !!session, lock, onQueue ? QUEUE_IDLE_FACTOR : 1);
  if (!session) return <Outlet />;
  const nav = [...clerkRoutes, ...hqRoutes].filter((r) => r.nav && r.roles.includes(session.role));
  const shell = (
    <div className="shell">
      <nav className="sidenav">
        <div className="brand">{t.appName}</div>
        {nav.map((r) => (
          <NavLink key={r.path} to={`/${r.path}`} className="navlink">
            <span className="navicon" aria-hidden>
              {r.nav!.icon}
            </span>
            <span>{r.nav!.label}</span>
          </NavLink>
        ))}
      </nav>
      <div className="main">
        <header className="topbar">
          <span className="where">{store?.label ?? (session.role === 'HQ_ADMIN' ? t.hq.title : '')}</span>
          {session.role === 'CLERK' && session.storeId && (
            <>
              <LiveNotice />
              <StartShiftButton />
            </>
          )}
          <span className="who" data-testid="who">
            {session.displayName ?? session.username}
          </span>
          <button type="button" className="btn btn-ghost" onClick={lock}>
            {device ? t.nav.lock : t.nav.signOut}
          </button>
        </header>
        {!connection.online && (
          <div className="banner banner-offline" role="status" data-testid="offline-banner">
            {t.connection.offline}
          </div>
        )}
        <main className="content">
          <Outlet />
        </main>
      </div>
    </div>
  );
  // Clerks of a store get its live feed (alert, notice, flash) and its clock on every screen.
  if (session.role !== 'CLERK' || !session.storeId) return shell;
  return (
    <StoreClockProvider timeZone={store?.timeZone ?? DEFAULT_STORE_ZONE}>
      <LiveOrdersProvider storeId={session.storeId}>{shell}</LiveOrdersProvider>
    </StoreClockProvider>
  );
}
