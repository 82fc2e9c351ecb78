import { usePageTitle } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useSession } from '../../auth/hooks/useSession';
import { MyDataCard } from './MyDataCard';
import { PasswordCard } from './PasswordCard';

/** The signed-in requester's or admin's own account: who they are signed in as, their password, and their data. */
export function AccountPage() {
  const t = useT();
  usePageTitle(t('account.title'), t('app.name'));
  const { user } = useSession();
  return (
    <div className="narrow stack">
      <h1>{t('account.title')}</h1>
      {user && <p className="muted">{t('account.signedInAs', { name: user.displayName, email: user.email })}</p>}
      <PasswordCard email={user?.email} />
      <MyDataCard />
    </div>
  );
}
