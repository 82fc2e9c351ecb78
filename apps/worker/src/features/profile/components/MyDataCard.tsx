import { Button, Card, ErrorAlert } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useMyDataDownload } from '../hooks/useProfile';

/**
 * "Your data": what the file of everything Fourmi holds on the worker contains (their right of access
 * and to portability), and the button that downloads it.
 */
export function MyDataCard() {
  const t = useT();
  const { download, loading, error } = useMyDataDownload();
  return (
    <Card title={t('profile.myData')}>
      <div className="stack">
        <p>{t('profile.myDataIntro')}</p>
        <ul>
          <li>{t('profile.myDataAccount')}</li>
          <li>{t('profile.myDataAnswers')}</li>
          <li>{t('profile.myDataQuality')}</li>
          <li>{t('profile.myDataMoney')}</li>
          <li>{t('profile.myDataAudit')}</li>
        </ul>
        <p className="muted small">{t('profile.myDataFormat')}</p>
        <ErrorAlert error={error} />
        <div className="row">
          <Button variant="secondary" busy={loading} onClick={() => void download()}>
            {t('profile.myDataDownload')}
          </Button>
        </div>
      </div>
    </Card>
  );
}
