import { Button, Card, ErrorAlert } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useMyDataDownload } from '../hooks/useAccount';

/**
 * "Your data": what the file of everything Fourmi holds on a requester's or admin's account contains
 * (their right of access and to portability), and the button that downloads it. A project's results
 * are its own export, on the project's page.
 */
export function MyDataCard() {
  const t = useT();
  const { download, loading, error } = useMyDataDownload();
  return (
    <Card title={t('account.myData')}>
      <div className="stack">
        <p>{t('account.myDataIntro')}</p>
        <ul>
          <li>{t('account.myDataAccount')}</li>
          <li>{t('account.myDataMoney')}</li>
          <li>{t('account.myDataAudit')}</li>
        </ul>
        <p className="muted small">{t('account.myDataFormat')}</p>
        <ErrorAlert error={error} />
        <div className="row">
          <Button variant="secondary" busy={loading} onClick={() => void download()}>
            {t('account.myDataDownload')}
          </Button>
        </div>
      </div>
    </Card>
  );
}
