import { MyDataCard as DataCard } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useMyDataDownload } from '../hooks/useProfile';

/** "Your data" of the worker's account: the file of everything Fourmi holds on them (their right of access and to portability). */
export function MyDataCard() {
  const t = useT();
  const state = useMyDataDownload();
  const contents = [t('profile.myDataAccount'), t('profile.myDataAnswers'), t('profile.myDataQuality'), t('profile.myDataMoney'), t('profile.myDataAudit')];
  return <DataCard {...state} texts={{ title: t('profile.myData'), intro: t('profile.myDataIntro'), contents, format: t('profile.myDataFormat'), download: t('profile.myDataDownload') }} />;
}
