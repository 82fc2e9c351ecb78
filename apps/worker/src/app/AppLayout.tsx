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
              {t('nav.feed')}
            </NavLink>
            <NavLink to="/earnings">{t('nav.earnings')}</NavLink>
            <NavLink to="/skills">{t('nav.skills')}</NavLink>
            <NavLink to="/rejections">{t('nav.rejections')}</NavLink>
            <NavLink to="/profile">{t('nav.profile')}</NavLink>
          </>
        )
      }
      userName={user?.displayName}
      onSignOut={signedIn ? signOut : undefined}
    >
      <Outlet />
    </Layout>
  );
}
