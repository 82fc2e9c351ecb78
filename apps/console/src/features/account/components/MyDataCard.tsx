import { MyDataCard as DataCard } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useMyDataDownload } from '../hooks/useAccount';

/**
 * "Your data" of a requester's or admin's account (their right of access and to portability). A
 * project's results are its own export, on the project's page.
 */
export function MyDataCard() {
  const t = useT();
  const state = useMyDataDownload();
  const contents = [t('account.myDataAccount'), t('account.myDataMoney'), t('account.myDataAudit')];
  return <DataCard {...state} texts={{ title: t('account.myData'), intro: t('account.myDataIntro'), contents, format: t('account.myDataFormat'), download: t('account.myDataDownload') }} />;
}
