import { Card, ErrorAlert, KeysetPager, Spinner, useKeysetPages, useRefetchOnChange } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useEarningsHistory } from '../hooks/useEarnings';
import { EarningsHistory } from './EarningsHistory';

export interface EarningsHistoryCardProps {
  currency: string;
  /** Changes when money moved (an answer accepted, a payout): the newest page is fetched again. */
  version?: string;
}

/** Every earnings line, newest first, a page at a time (older pages by the API's cursor). */
export function EarningsHistoryCard({ currency, version }: EarningsHistoryCardProps) {
  const t = useT();
  const pages = useKeysetPages();
  const { data, error, loading, refetch } = useEarningsHistory(pages.before);
  const page = data?.myEarningsHistory;
  // Older pages stay put while money moves; the newest one follows it.
  useRefetchOnChange(version, () => pages.onNewest && refetch());
  return (
    <Card title={t('history.title')}>
      {!page && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {page && <EarningsHistory lines={page.lines} currency={currency} />}
      {page && <KeysetPager pages={pages} nextBefore={page.nextBefore} label={t('history.pages')} newerText={t('history.newer')} olderText={t('history.older')} />}
    </Card>
  );
}
