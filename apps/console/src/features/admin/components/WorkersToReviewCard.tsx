import { Button, Card, ErrorAlert, formatDateTime, formatNumber, Spinner, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useWorkersToReview } from '../hooks/useWorkersToReview';
import { goldCell } from '../lib/to-review';

/** Where an admin starts: the workers whose flags or gold accuracy call for a look; "Audit" opens one below. */
export function WorkersToReviewCard({ onAudit }: { onAudit(workerId: string): void }) {
  const t = useT();
  const { locale } = useLocale();
  const { data, error, loading, refetch } = useWorkersToReview();
  const workers = data?.workersToReview;
  return (
    <Card title={t('toReview.title')}>
      <p className="muted small">{t('toReview.intro')}</p>
      {!workers && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {workers && workers.length === 0 && <p className="muted">{t('toReview.none')}</p>}
      {workers && workers.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('toReview.col.worker')}</th>
                <th scope="col" className="num">{t('toReview.col.flags')}</th>
                <th scope="col">{t('toReview.col.lastFlag')}</th>
                <th scope="col" className="num">{t('toReview.col.gold')}</th>
                <th scope="col">{t('toReview.col.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('toReview.audit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {workers.map((w) => (
                <tr key={w.workerId}>
                  <th scope="row">
                    {w.displayName} <span className="muted small">{w.email}</span>
                  </th>
                  <td className="num">{formatNumber(locale, w.recentFlags)}</td>
                  <td>{w.lastFlagAt ? formatDateTime(w.lastFlagAt, locale) : '—'}</td>
                  <td className="num">{goldCell(w, locale, (vars) => t('toReview.gold', vars))}</td>
                  <td>{w.banned ? t('toReview.banned') : t('toReview.active')}</td>
                  <td>
                    <Button variant="secondary" aria-label={t('toReview.auditWho', { name: w.displayName })} onClick={() => onAudit(w.workerId)}>
                      {t('toReview.audit')}
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
