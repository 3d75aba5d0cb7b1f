/** Providers and routes only; the features own their pages. Heavy pages load lazily (bpmn-js, forms). */
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Loading } from '../components/Status';
import { AuthProvider } from '../features/auth/AuthProvider';
import { InboxPage } from '../features/inbox/InboxPage';
import { NotFoundPage } from './NotFoundPage';
import { Layout } from './Layout';
import { homeFor } from './navigation';
import { Navigate } from 'react-router';
import { useAuth } from '../features/auth/AuthContext';

const TaskPage = lazy(() => import('../features/task-form/TaskPage'));
const StartPage = lazy(() => import('../features/start-path/StartPage'));
const PathPage = lazy(() => import('../features/client-path/PathPage'));
const AdminPage = lazy(() => import('../features/admin/AdminPage'));
const AccessLogPage = lazy(() => import('../features/client-path/AccessLogPage'));
const StalledPage = lazy(() => import('../features/reports/StalledPage'));
const HeatmapPage = lazy(() => import('../features/reports/HeatmapPage'));
const ReferralsPage = lazy(() => import('../features/reports/ReferralsPage'));
const LateDigestPage = lazy(() => import('../features/reports/LateDigestPage'));
const ModelerPage = lazy(() => import('../features/modeler/ModelerPage'));
const VersionsPage = lazy(() => import('../features/versions/VersionsPage'));
const MigrationPage = lazy(() => import('../features/versions/MigrationPage'));
const OperationsPage = lazy(() => import('../features/operations/OperationsPage'));
const MeetingsPage = lazy(() => import('../features/meetings/MeetingsPage'));
const IpsPage = lazy(() => import('../features/ips/IpsPage'));
const WorkAbilityPage = lazy(() => import('../features/work-ability/WorkAbilityPage'));

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <Layout>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/" element={<Home />} />
              <Route path="/tehtavat/:taskId" element={<TaskPage />} />
              <Route path="/aloita" element={<StartPage />} />
              <Route path="/polut/:instanceId" element={<PathPage />} />
              <Route path="/kayttajat" element={<AdminPage />} />
              <Route path="/lokit" element={<AccessLogPage />} />
              <Route path="/raportit" element={<Navigate to="/raportit/pysahtyneet" replace />} />
              <Route path="/raportit/pysahtyneet" element={<StalledPage />} />
              <Route path="/raportit/lampokartta" element={<HeatmapPage />} />
              <Route path="/raportit/ohjaukset" element={<ReferralsPage />} />
              <Route path="/raportit/myohastyneet" element={<LateDigestPage />} />
              <Route path="/raportit/tyokyky" element={<WorkAbilityPage />} />
              <Route path="/mallintaja" element={<ModelerPage />} />
              <Route path="/versiot" element={<VersionsPage />} />
              <Route path="/siirto" element={<MigrationPage />} />
              <Route path="/toiminta" element={<OperationsPage />} />
              <Route path="/tiimikokoukset" element={<MeetingsPage />} />
              <Route path="/tyohonvalmennus" element={<IpsPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </Layout>
      </AuthProvider>
    </BrowserRouter>
  );
}

/** The inbox, or the first page of a role that has no inbox. */
function Home() {
  const { user } = useAuth();
  const home = homeFor(user?.roles ?? []);
  return home === '/' ? <InboxPage /> : <Navigate to={home} replace />;
}
