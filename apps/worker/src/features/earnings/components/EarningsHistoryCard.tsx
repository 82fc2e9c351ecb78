import { Button, Card, ErrorAlert, Spinner, useRefetchOnChange } from '@fourmi/ui';
import { useState } from 'react';
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
  // The cursors of the pages shown before this one: going back to newer lines pops one.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const before = cursors[cursors.length - 1];
  const { data, error, loading, refetch } = useEarningsHistory(before);
  const page = data?.myEarningsHistory;
  // Older pages stay put while money moves; the newest one follows it.
  useRefetchOnChange(version, () => before === undefined && refetch());
  return (
    <Card title={t('history.title')}>
      {!page && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {page && <EarningsHistory lines={page.lines} currency={currency} />}
      {page && (cursors.length > 1 || page.nextBefore) && (
        <nav className="row" aria-label={t('history.pages')}>
          <Button variant="secondary" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('history.newer')}
          </Button>
          <Button variant="secondary" disabled={!page.nextBefore} onClick={() => setCursors([...cursors, page.nextBefore ?? undefined])}>
            {t('history.older')}
          </Button>
        </nav>
      )}
    </Card>
  );
}
