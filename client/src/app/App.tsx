import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import LoginScreen from '../screens/login/LoginScreen';
import { ErrorView, Loading } from '../ui/StatusView';
import { canSee, homeScreen, type ScreenId } from './screens';
import { SessionProvider, useSession } from './session';
import { Shell } from './Shell';

// Heavy screens (Leaflet, charts) are split into their own chunks.
const MapScreen = lazy(() => import('../screens/map/MapScreen'));
const DashboardScreen = lazy(() => import('../screens/dashboard/DashboardScreen'));
const PlannerScreen = lazy(() => import('../screens/planner/PlannerScreen'));
const RegistryScreen = lazy(() => import('../screens/registry/RegistryScreen'));
const ReviewScreen = lazy(() => import('../screens/review/ReviewScreen'));
const AdminScreen = lazy(() => import('../screens/admin/AdminScreen'));

const SCREENS: Record<ScreenId, React.ComponentType> = {
  map: MapScreen,
  dashboard: DashboardScreen,
  planner: PlannerScreen,
  registry: RegistryScreen,
  review: ReviewScreen,
  admin: AdminScreen,
};

function RequireLogin({ children }: { children: ReactNode }) {
  const { status, session, error, refresh } = useSession();
  const location = useLocation();
  if (status === 'loading') return <Loading />;
  if (status === 'error') return <ErrorView error={error} onRetry={() => void refresh()} />;
  if (!session.user) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

function RoleGate({ screen }: { screen: ScreenId }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const role = session.user?.role;
  if (!role || !canSee(role, screen)) {
    return <div className="status-view status-error" role="alert">{t('states.forbidden')}</div>;
  }
  const Screen = SCREENS[screen];
  return (
    <Suspense fallback={<Loading />}>
      <Screen />
    </Suspense>
  );
}

function Home() {
  const { session } = useSession();
  return <Navigate to={session.user ? `/${homeScreen(session.user.role)}` : '/login'} replace />;
}

function NotFound() {
  const { t } = useTranslation();
  return <div className="status-view status-error">{t('states.notFound')}</div>;
}

export function App() {
  return (
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route path="/login" element={<LoginScreen />} />
          <Route
            element={
              <RequireLogin>
                <Shell />
              </RequireLogin>
            }
          >
            <Route index element={<Home />} />
            {(Object.keys(SCREENS) as ScreenId[]).map((screen) => (
              <Route key={screen} path={`/${screen}/*`} element={<RoleGate screen={screen} />} />
            ))}
            <Route path="*" element={<NotFound />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  );
}
