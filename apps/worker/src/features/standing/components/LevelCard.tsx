import { Card, ErrorAlert, formatNumber, formatPercent, Spinner, useLevelName, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useMyLevel } from '../hooks/useStanding';
import { nextLevelSteps, type LevelView } from '../lib/level-steps';

/** The worker's level: its name, the reviewed answers and share accepted, and what the next level asks. */
export function LevelDetails({ level }: { level: LevelView }) {
  const t = useT();
  const { locale } = useLocale();
  const levelName = useLevelName();
  const steps = nextLevelSteps(level, locale);
  return (
    <div className="stack">
      <dl className="stats">
        <div>
          <dt>{t('level.yours')}</dt>
          <dd>{t('level.current', { level: level.level, name: levelName(level.level) })}</dd>
        </div>
        <div>
          <dt>{t('level.reviewed')}</dt>
          <dd>{formatNumber(locale, level.reviewed)}</dd>
        </div>
        <div>
          <dt>{t('level.accepted')}</dt>
          <dd>
            {level.acceptedPercent === null ? (
              <span className="muted small stat-note">{t('level.noReviewYet')}</span>
            ) : (
              formatPercent(level.acceptedPercent / 100, locale)
            )}
          </dd>
        </div>
      </dl>
      {level.next ? (
        <>
          <h3>{t('level.next', { level: level.next.level, name: levelName(level.next.level) })}</h3>
          <ul className="plain-list level-steps">
            {steps.map((step) => (
              <li key={step.key}>
                {t(step.key, step.vars)}
                {step.met && (
                  <>
                    {' '}
                    <span className="level-met" role="img" aria-label={t('level.met')}>
                      ✓
                    </span>
                  </>
                )}
                {step.progress && <progress className="progress" max={step.progress.max} value={step.progress.value} aria-label={t('level.reviewed')} />}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('level.top')}</p>
      )}
      <p className="muted small">{t('level.how')}</p>
    </div>
  );
}

/** The "My level" card of the skills page. */
export function LevelCard() {
  const t = useT();
  const { data, error, loading, refetch } = useMyLevel();
  const level = data?.myLevel;
  return (
    <Card title={t('level.title')}>
      {!level && (loading ? <Spinner /> : <ErrorAlert error={error} onRetry={() => void refetch()} />)}
      {level && <LevelDetails level={level} />}
    </Card>
  );
}
