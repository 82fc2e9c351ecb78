import type { ConsoleProjectEditsQuery } from '@fourmi/api-client';
import { Button, Card, ErrorAlert, formatDateTime, Spinner, useLocale, useRefetchOnChange } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { pageRange } from '../../results/lib/results-view';
import { EDITS_PAGE_SIZE, useProjectEdits } from '../hooks/useProjects';
import { ProjectChanges } from './ProjectChanges';

type EditPage = ConsoleProjectEditsQuery['projectEdits'];

/** The edits of one page, newest first: when, and what changed. */
export function ProjectEditList({ page }: { page: EditPage }) {
  const t = useT();
  const { locale } = useLocale();
  if (page.total === 0) return <p className="muted">{t('projectEdits.none')}</p>;
  return (
    <ol className="plain-list">
      {page.items.map((edit) => (
        <li key={edit.id}>
          <time dateTime={edit.at} className="small muted">
            {formatDateTime(edit.at, locale)}
          </time>
          <ProjectChanges changes={edit.changes} />
        </li>
      ))}
    </ol>
  );
}

/**
 * The project's edit history for its owner, refreshed when the project's name, instructions or gold
 * share change on the page (`version`), so a saved edit shows at once.
 */
export function ProjectHistoryCard({ projectId, version }: { projectId: string; version: string }) {
  const t = useT();
  const [offset, setOffset] = useState(0);
  const { data, error, loading, refetch } = useProjectEdits(projectId, offset);
  useRefetchOnChange(version, refetch);
  const page = data?.projectEdits;
  const { from, to } = pageRange(offset, EDITS_PAGE_SIZE, page?.total ?? 0);
  return (
    <Card title={t('projectEdits.title')}>
      <p className="muted small">{t('projectEdits.intro')}</p>
      {!page && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {page && <ProjectEditList page={page} />}
      {page && page.total > EDITS_PAGE_SIZE && (
        <div className="spread">
          <p className="muted small">{t('people.range', { from, to, total: page.total })}</p>
          <div className="row" role="group" aria-label={t('projectEdits.pages')}>
            <Button variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - EDITS_PAGE_SIZE))}>
              {t('projectEdits.newer')}
            </Button>
            <Button variant="secondary" disabled={offset + EDITS_PAGE_SIZE >= page.total} onClick={() => setOffset(offset + EDITS_PAGE_SIZE)}>
              {t('projectEdits.older')}
            </Button>
          </div>
        </div>
      )}
    </Card>
  );
}
