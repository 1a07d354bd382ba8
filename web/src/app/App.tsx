import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { SignInPage } from '../features/auth/SignInPage';
import { SignOutMutation, ViewerQuery } from '../features/auth/viewer.graphql';
import { PortalPage } from '../features/portal/PortalPage';
import { QueuePage } from '../features/queue/QueuePage';
import { TicketPage } from '../features/ticket/TicketPage';
import { AvailabilityBanner } from '../features/availability/AvailabilityBanner';
import { CriticalPage } from '../features/critical/CriticalPage';
import { EscalationPage } from '../features/escalation/EscalationPage';
import { SlaReportPage } from '../features/sla/SlaReportPage';
import { OnCallPage } from '../features/oncall/OnCallPage';
import { CalendarsPage } from '../features/calendars/CalendarsPage';
import { ChangePasswordPage } from '../features/auth/ChangePasswordPage';
import { AdminPage } from '../features/admin/AdminPage';
import { AssetsPage } from '../features/assets/AssetsPage';
import { KnowledgeArticlePage, KnowledgePage } from '../features/knowledge/KnowledgePage';
import { KnowledgeAdminPage } from '../features/knowledge/KnowledgeAdminPage';
import { ReceivedMailPage } from '../features/mail-in/ReceivedMailPage';
import { AuditLogPage } from '../features/audit/AuditLogPage';
import { AccountMenu, canSearchStaff, isAdministrator } from '../features/profile/AccountMenu';
import { ProfilePage } from '../features/profile/ProfilePage';
import { StaffSearchPage } from '../features/staff/StaffSearchPage';
import { NotificationPreferencesPage } from '../features/notifications/NotificationPreferencesPage';
import { UnreadBadge } from '../features/notifications/UnreadBadge';
import { AnnouncementsPage } from '../features/announcements/AnnouncementsPage';
import { applyViewerLanguage } from '../i18n';
import { CatalogPage } from '../features/catalog/CatalogPage';
import { OrderFormPage } from '../features/catalog/OrderFormPage';
import { OrderPage } from '../features/catalog/OrderPage';
import { PrivacyNoticePage } from '../features/privacy/PrivacyNoticePage';
import { Shell } from './Shell';

// Charts are heavy; only agents who open the dashboard load them.
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));

export function App() {
  const { t } = useTranslation();
  const [{ data, fetching }, refetch] = useQuery({ query: ViewerQuery });
  const [, signOut] = useMutation(SignOutMutation);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const profileLanguage = data?.viewer?.language ?? null;
  const tenantLanguage = data?.viewer?.tenant.defaultLanguage ?? null;
  useEffect(() => {
    if (tenantLanguage) applyViewerLanguage(profileLanguage, tenantLanguage);
  }, [profileLanguage, tenantLanguage]);

  if (fetching && !data) {
    return (
      <Center h="100vh">
        <Loader role="status" aria-label={t('app.loading')} />
      </Center>
    );
  }
  const viewer = data?.viewer;
  if (!viewer) {
    return (
      <Shell>
        <Routes>
          <Route path="/privacy/:code?" element={<PrivacyNoticePage />} />
          <Route path="*" element={<SignInPage onSignedIn={reload} />} />
        </Routes>
      </Shell>
    );
  }
  const onSignOut = () => void signOut({}).then(() => window.location.assign('/'));
  if (viewer.mustChangePassword) {
    return (
      <Shell tenantName={viewer.tenant.name} onSignOut={onSignOut}>
        <ChangePasswordPage forced onChanged={reload} />
      </Shell>
    );
  }
  return (
    <Shell
      tenantName={viewer.tenant.name}
      isAgent={viewer.isAgent}
      canEditCalendars={viewer.roles.some((r) => r === 'IT_LEAD' || r === 'ADMINISTRATOR')}
      isAuditor={viewer.roles.includes('AUDITOR')}
      accountMenu={
        <AccountMenu
          displayName={viewer.person.displayName}
          roles={viewer.roles}
          onSignOut={onSignOut}
        />
      }
      unreadBadge={<UnreadBadge />}
      onSignOut={onSignOut}
    >
      <AvailabilityBanner />
      <Routes>
        <Route path="/critical" element={<CriticalPage />} />
        <Route path="/critical/:ticketId" element={<EscalationPage />} />
        <Route
          path="/calendars"
          element={
            viewer.roles.some((r) => r === 'IT_LEAD' || r === 'ADMINISTRATOR') ? (
              <CalendarsPage
                tenantId={viewer.tenant.id}
                canEditSla={viewer.roles.includes('IT_LEAD')}
              />
            ) : (
              <Navigate to="/" replace />
            )
          }
        />
        <Route
          path="/oncall"
          element={
            viewer.roles.includes('IT_LEAD') ? (
              <OnCallPage tenantId={viewer.tenant.id} />
            ) : (
              <Navigate to="/" replace />
            )
          }
        />
        <Route
          path="/sla"
          element={
            viewer.isAgent || viewer.roles.includes('IT_SUPERIOR') ? (
              <SlaReportPage tenantId={viewer.tenant.id} />
            ) : (
              <Navigate to="/" replace />
            )
          }
        />
        <Route
          path="/"
          element={
            <PortalPage
              urgentPhone={viewer.tenant.urgentPhone ?? null}
              supportPhone={viewer.tenant.supportPhone ?? null}
              supportEmail={viewer.tenant.supportEmail ?? null}
              isManager={viewer.roles.includes('MANAGER')}
              tenantCode={viewer.tenant.code}
            />
          }
        />
        <Route
          path="/audit"
          element={
            viewer.roles.includes('AUDITOR') ? <AuditLogPage /> : <Navigate to="/" replace />
          }
        />
        <Route
          path="/console"
          element={viewer.isAgent ? <QueuePage /> : <Navigate to="/" replace />}
        />
        <Route
          path="/assets"
          element={
            viewer.isAgent ? (
              <AssetsPage tenantId={viewer.tenant.id} />
            ) : (
              <Navigate to="/" replace />
            )
          }
        />
        <Route
          path="/mail"
          element={
            viewer.isAgent ? (
              <ReceivedMailPage tenantId={viewer.tenant.id} />
            ) : (
              <Navigate to="/" replace />
            )
          }
        />
        <Route
          path="/dashboard"
          element={
            viewer.isAgent ? (
              <Suspense fallback={<Loader role="status" aria-label={t('app.loading')} />}>
                <DashboardPage />
              </Suspense>
            ) : (
              <Navigate to="/" replace />
            )
          }
        />
        <Route
          path="/tickets/:id"
          element={<TicketPage isAgent={viewer.isAgent} viewerId={viewer.person.id} />}
        />
        <Route path="/catalog" element={<CatalogPage />} />
        <Route path="/catalog/new/:itemId" element={<OrderFormPage />} />
        <Route path="/catalog/orders/:id" element={<OrderPage viewerId={viewer.person.id} />} />
        <Route path="/knowledge" element={<KnowledgePage />} />
        <Route path="/knowledge/:id" element={<KnowledgeArticlePage />} />
        <Route
          path="/knowledge/manage"
          element={viewer.isAgent ? <KnowledgeAdminPage /> : <Navigate to="/knowledge" replace />}
        />
        <Route
          path="/announcements"
          element={
            viewer.isAgent ? (
              <AnnouncementsPage tenantId={viewer.tenant.id} />
            ) : (
              <Navigate to="/" replace />
            )
          }
        />
        <Route path="/privacy/:code?" element={<PrivacyNoticePage />} />
        <Route path="/profile" element={<ProfilePage />} />
        <Route path="/profile/notifications" element={<NotificationPreferencesPage />} />
        <Route path="/password" element={<ChangePasswordPage />} />
        <Route
          path="/staff"
          element={canSearchStaff(viewer.roles) ? <StaffSearchPage /> : <Navigate to="/" replace />}
        />
        <Route
          path="/admin"
          element={
            isAdministrator(viewer.roles) ? (
              <AdminPage tenantId={viewer.tenant.id} tenantCode={viewer.tenant.code} />
            ) : (
              <Navigate to="/" replace />
            )
          }
        />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Routes>
    </Shell>
  );
}
