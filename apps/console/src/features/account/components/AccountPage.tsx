import { usePageTitle } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useSession } from '../../auth/hooks/useSession';
import { PasswordCard } from './PasswordCard';

/** The signed-in requester's or admin's own account: who they are signed in as, and their password. */
export function AccountPage() {
  const t = useT();
  usePageTitle(t('account.title'), t('app.name'));
  const { user } = useSession();
  return (
    <div className="narrow stack">
      <h1>{t('account.title')}</h1>
      {user && <p className="muted">{t('account.signedInAs', { name: user.displayName, email: user.email })}</p>}
      <PasswordCard email={user?.email} />
    </div>
  );
}
