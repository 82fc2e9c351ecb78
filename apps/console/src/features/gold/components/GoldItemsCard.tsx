import { Button, Card, ErrorAlert, Spinner, useRefetchOnChange } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { pageRange } from '../../results/lib/results-view';
import { GOLD_PAGE_SIZE, useGoldItems } from '../hooks/useGoldItems';
import { GoldItemsList } from './GoldItemsList';

export interface GoldItemsCardProps {
  projectId: string;
  config: unknown;
  /** Changes when gold was added here: the page is fetched again. */
  version?: string;
}

/** The project's gold items, a page at a time, oldest first. */
export function GoldItemsCard({ projectId, config, version }: GoldItemsCardProps) {
  const t = useT();
  const [offset, setOffset] = useState(0);
  const { data, error, loading, refetch } = useGoldItems(projectId, offset);
  useRefetchOnChange(version, refetch);
  const page = data?.goldItems;
  const { from, to } = pageRange(offset, GOLD_PAGE_SIZE, page?.total ?? 0);
  return (
    <Card title={t('gold.listTitle')}>
      {!page && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {page && page.total === 0 && <p className="muted">{t('gold.none')}</p>}
      {page && page.items.length > 0 && <GoldItemsList items={page.items} config={config} />}
      {page && page.total > GOLD_PAGE_SIZE && (
        <nav className="spread" aria-label={t('gold.pages')}>
          <p className="muted small">{t('gold.range', { from, to, total: page.total })}</p>
          <div className="row">
            <Button variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - GOLD_PAGE_SIZE))}>
              {t('results.previous')}
            </Button>
            <Button variant="secondary" disabled={offset + GOLD_PAGE_SIZE >= page.total} onClick={() => setOffset(offset + GOLD_PAGE_SIZE)}>
              {t('results.next')}
            </Button>
          </div>
        </nav>
      )}
    </Card>
  );
}
