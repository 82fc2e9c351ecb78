import { formatDuration, useNow } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { leaseSecondsLeft } from '../hooks/runner-state';

/** Time left to answer this task; a warning in the last 30 seconds and once it is up. */
export function LeaseTimer({ leaseExpiresAt, onNewTask }: { leaseExpiresAt: string; onNewTask(): void }) {
  const t = useT();
  const now = useNow(1000);
  const left = leaseSecondsLeft(leaseExpiresAt, now);
  if (!Number.isFinite(left)) return null;
  if (left <= 0) {
    return (
      <div className="lease lease-expired" role="status">
        <span>{t('runner.leaseExpired')}</span>{' '}
        <button type="button" className="btn btn-secondary" onClick={onNewTask}>
          {t('runner.newTask')}
        </button>
      </div>
    );
  }
  return (
    <p className={left <= 30 ? 'lease lease-warning' : 'lease'}>
      {t('runner.timeLeft')} <time dateTime={`PT${Math.ceil(left)}S`}>{formatDuration(left)}</time>
    </p>
  );
}
