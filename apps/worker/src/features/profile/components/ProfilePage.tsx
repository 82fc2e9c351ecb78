import { Card, ErrorAlert, Loading, useLocale, usePageTitle } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { useSession } from '../../auth/hooks/useSession';
import { useMyProfile, useUpdateProfile } from '../hooks/useProfile';
import type { ProfileValues } from '../lib/profile-form';
import { MyDataCard } from './MyDataCard';
import { PasswordCard } from './PasswordCard';
import { ProfileForm } from './ProfileForm';

/**
 * The worker's profile: the languages they work in decide which language-restricted projects they see;
 * their password; and a copy of their data to download.
 */
export function ProfilePage() {
  const t = useT();
  const { locale } = useLocale();
  usePageTitle(t('profile.title'), t('app.name'));
  const { data, error, loading, refetch } = useMyProfile();
  const update = useUpdateProfile();
  const { user, refresh } = useSession();
  const [saved, setSaved] = useState(false);

  const save = async (values: ProfileValues) => {
    setSaved(false);
    const result = await update.mutate({ input: values });
    if (!result.ok) return;
    setSaved(true);
    // The header's name and the app's language follow the account.
    await refresh();
  };

  return (
    <div className="narrow stack">
      <h1>{t('profile.title')}</h1>
      <p className="muted">{t('profile.intro')}</p>
      {!data && (loading ? <Loading /> : <ErrorAlert error={error} onRetry={() => void refetch()} />)}
      {data && (
        <Card>
          <ProfileForm
            key={data.me.id}
            profile={data.me}
            locale={locale}
            onSubmit={(values) => void save(values)}
            busy={update.loading}
            error={update.error}
            saved={saved}
          />
        </Card>
      )}
      <PasswordCard email={user?.email} />
      <MyDataCard />
    </div>
  );
}
