// The frame around every signed-in screen: side navigation (bottom bar on a phone), who and where, the
// live-connection banner, and the idle lock for shared tablets.
import { NavLink, Outlet, useNavigate } from 'react-router';
import { clerkRoutes, hqRoutes } from '../app/routes';
import { useConnection } from '../graphql/connection';
import { useClient } from 'urql';
import { endSession } from '../graphql/auth';
import { useDevice, useSession } from '../graphql/session';
import { t } from '../strings';
import { useIdleLock } from './useIdleLock';
import { useStoreName } from './useStoreName';

export function Layout() {
  const session = useSession();
  const device = useDevice();
  const navigate = useNavigate();
  const connection = useConnection();
  const storeName = useStoreName(session?.storeId ?? null);
  const client = useClient();
  const lock = () => {
    endSession(client);
    navigate(device ? '/unlock' : '/login', { replace: true });
  };
  useIdleLock(!!device && !!session, lock);
  if (!session) return <Outlet />;
  const nav = [...clerkRoutes, ...hqRoutes].filter((r) => r.nav && r.roles.includes(session.role));
  return (
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
          <span className="where">{storeName ?? (session.role === 'HQ_ADMIN' ? t.hq.title : '')}</span>
          <span className="who">{session.username}</span>
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
}
