import { Button, Card, ErrorAlert, Spinner, useRefetchOnChange } from '@fourmi/ui';
import { useState } from 'react';
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
  // The cursors of the pages shown before this one: going back to newer lines pops one.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const before = cursors[cursors.length - 1];
  const { data, error, loading, refetch } = useBalanceHistory(before);
  const page = data?.myBalanceHistory;
  useRefetchOnChange(version, () => (before === undefined ? refetch() : setCursors([undefined])));
  return (
    <Card title={t('history.title')}>
      <p className="muted small">{t('history.intro')}</p>
      {!page && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {page && page.lines.length === 0 && <p className="muted">{t('history.none')}</p>}
      {page && page.lines.length > 0 && <BalanceHistory lines={page.lines} />}
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
