import { Layout } from '@fourmi/ui';
import { NavLink, Outlet } from 'react-router';
import { useSession } from '../features/auth/hooks/useSession';
import { useT } from '../i18n';

export function AppLayout() {
  const t = useT();
  const { user, signedIn, signOut } = useSession();
  return (
    <Layout
      appName={t('app.name')}
      nav={
        signedIn && (
          <>
            <NavLink to="/" end>
              {t('nav.projects')}
            </NavLink>
            <NavLink to="/projects/new">{t('nav.newProject')}</NavLink>
            <NavLink to="/billing">{t('nav.billing')}</NavLink>
            {user?.roles.includes('ADMIN') && <NavLink to="/admin">{t('nav.admin')}</NavLink>}
          </>
        )
      }
      userName={user?.displayName}
      accountPath={signedIn ? '/account' : undefined}
      onSignOut={signedIn ? signOut : undefined}
    >
      <Outlet />
    </Layout>
  );
}
