import { Card, ErrorAlert, formatMoney, formatPercent, Spinner, useLocale, useRefetchOnChange } from '@fourmi/ui';
import { QUALITY_REFRESH_MS } from '../../../app/config';
import { useT } from '../../../i18n';
import { useProjectQuality } from '../hooks/useQuality';
import { confidenceBars, formatAlpha, readAlpha } from '../lib/quality-view';

/** How good the project's answers are: agreement, how sure completed items are, reviews, overlap savings and cost. */
export function QualityCard({ projectId, currency, version }: { projectId: string; currency: string; version: string }) {
  const t = useT();
  const { locale } = useLocale();
  const { data, error, loading, refetch } = useProjectQuality(projectId);
  // Refresh when the project's numbers move (new answers, reviews).
  useRefetchOnChange(version, refetch, QUALITY_REFRESH_MS);
  const quality = data?.projectQuality;
  const bars = quality ? confidenceBars(quality.confidence) : [];
  const alphaReading = quality ? readAlpha(quality.alpha) : 'none';
  return (
    <Card title={t('projectQuality.title')}>
      {!quality && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {quality && (
        <div className="stack">
          <dl className="stats">
            <div>
              <dt>{t('projectQuality.alpha')}</dt>
              <dd>
                {quality.alpha === null ? t('projectQuality.alphaNone') : formatAlpha(quality.alpha, locale)}
                {alphaReading !== 'none' && <span className="muted small"> · {t(`projectQuality.alpha.${alphaReading}`)}</span>}
              </dd>
            </div>
            <div>
              <dt>{t('projectQuality.accepted')}</dt>
              <dd>{quality.acceptedAnswers}</dd>
            </div>
            <div>
              <dt>{t('projectQuality.rejected')}</dt>
              <dd>{quality.rejectedAnswers}</dd>
            </div>
            <div>
              <dt>{t('projectQuality.saved')}</dt>
              <dd>{quality.answersSaved}</dd>
            </div>
            <div>
              <dt>{t('projectQuality.costPerAccepted')}</dt>
              <dd>{quality.costPerAcceptedCents === null ? '—' : formatMoney(quality.costPerAcceptedCents, currency, locale)}</dd>
            </div>
          </dl>
          {quality.measuredItems > 0 && <p className="muted small">{t('projectQuality.measured', { count: quality.measuredItems })}</p>}
          <h3>{t('projectQuality.confidence')}</h3>
          {bars.every((b) => b.items === 0) ? (
            <p className="muted">{t('projectQuality.noConfidence')}</p>
          ) : (
            <ul className="plain-list confidence-bars">
              {bars.map((b) => {
                const label = t('projectQuality.bucket', { from: formatPercent(b.from, locale), to: formatPercent(b.to, locale) });
                return (
                  <li key={b.from} className="row">
                    <span className="grow">{label}</span>
                    <progress className="progress grow" max={1} value={b.share} aria-label={label}>
                      {formatPercent(b.share, locale)}
                    </progress>
                    <span className="num">{t('projectQuality.items', { count: b.items })}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
    </Card>
  );
}
