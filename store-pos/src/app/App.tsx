// Providers and the router: one urql client per signed-in session, role-guarded routes inside the layout.
import { Suspense, useEffect, useMemo } from 'react';
import { createBrowserRouter, Navigate, Outlet, RouterProvider, useLocation } from 'react-router';
import { Provider } from 'urql';
import { Layout } from './Layout';
import { PageError } from './PageError';
import { createPosClient } from '../graphql/client';
import { homeOf, useDevice, useSession, type StaffRole } from '../graphql/session';
import LoginPage from '../pages/login';
import EnrollPage from '../pages/enroll';
import UnlockPage from '../pages/unlock';
import { t } from '../strings';
import { clerkRoutes, hqRoutes, type RouteDef } from './routes';

function Loading() {
  return <div className="page-loading">{t.common.loading}</div>;
}

/** Signed out: to the PIN pad (enrolled tablet) or the password form, remembering where the clerk was. */
function RequireRole({ roles }: { roles: StaffRole[] }) {
  const session = useSession();
  const device = useDevice();
  const location = useLocation();
  if (!session) return <Navigate to={device ? '/unlock' : '/login'} replace state={{ from: location.pathname }} />;
  if (!roles.includes(session.role)) return <Navigate to={homeOf[session.role]} replace />;
  return <Outlet />;
}

function Home() {
  const session = useSession();
  const device = useDevice();
  return <Navigate to={session ? homeOf[session.role] : device ? '/unlock' : '/login'} replace />;
}

function toRoute(r: RouteDef) {
  const Page = r.page;
  return {
    element: <RequireRole roles={r.roles} />,
    children: [
      {
        path: r.path,
        // Here, not at the root: the frame and RequireRole stay mounted, so an ended session still leaves the screen.
        errorElement: <PageError />,
        element: (
          <Suspense fallback={<Loading />}>
            <Page />
          </Suspense>
        ),
      },
    ],
  };
}

const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage /> },
    { path: '/unlock', element: <UnlockPage /> },
    { path: '/enroll', element: <EnrollPage /> },
    {
      path: '/',
      element: <Layout />,
      errorElement: <PageError />,
      children: [{ index: true, element: <Home /> }, ...[...clerkRoutes, ...hqRoutes].map(toRoute)],
    },
    { path: '*', element: <Home /> },
  ],
  { basename: import.meta.env.BASE_URL.replace(/\/$/, '') },
);

export function App() {
  const session = useSession();
  const token = session?.token ?? null;
  const { client, dispose } = useMemo(() => createPosClient(token), [token]);
  useEffect(() => dispose, [dispose]);
  return (
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>
  );
}
