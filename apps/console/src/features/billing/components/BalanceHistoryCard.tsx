import { Card, ErrorAlert, KeysetPager, Spinner, useKeysetPages, useRefetchOnChange } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useBalanceHistory } from '../hooks/useBalanceHistory';
import { BalanceHistory } from './BalanceHistory';

export interface BalanceHistoryCardProps {
  /** Changes when money moved here (a top-up): the newest page is fetched again. */
  version?: string;
}

/** The balance's history, newest first, a page at a time (older pages by the API's cursor). */
export function BalanceHistoryCard({ version }: BalanceHistoryCardProps) {
  const t = useT();
  const pages = useKeysetPages();
  const { data, error, loading, refetch } = useBalanceHistory(pages.before);
  const page = data?.myBalanceHistory;
  useRefetchOnChange(version, () => (pages.onNewest ? refetch() : pages.toNewest()));
  return (
    <Card title={t('history.title')}>
      <p className="muted small">{t('history.intro')}</p>
      {!page && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {page && page.lines.length === 0 && <p className="muted">{t('history.none')}</p>}
      {page && page.lines.length > 0 && <BalanceHistory lines={page.lines} />}
      {page && <KeysetPager pages={pages} nextBefore={page.nextBefore} label={t('history.pages')} newerText={t('history.newer')} olderText={t('history.older')} />}
    </Card>
  );
}
