import { Button, Card, ErrorAlert, Spinner } from '@fourmi/ui';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../i18n';
import { pageRange } from '../../results/lib/results-view';
import { AUDIT_PAGE_SIZE, useAuditTrail } from '../hooks/useAuditTrail';
import { AuditTrailTable } from './AuditTrailTable';

/** Someone whose trail alone is shown. */
export interface TrailPerson {
  id: string;
  name: string;
  email: string;
}

/** Says whose trail this is, with the way back to everyone's; the focus comes here when it is opened from elsewhere. */
export function AuditTrailScope({ person, onEveryone }: { person: TrailPerson; onEveryone(): void }) {
  const t = useT();
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => said.current?.focus(), [person.id]);
  return (
    <div className="spread">
      <p ref={said} tabIndex={-1}>
        {t('trail.of', { name: person.name, email: person.email })}
      </p>
      <Button variant="secondary" onClick={onEveryone}>
        {t('trail.everyone')}
      </Button>
    </div>
  );
}

/**
 * The audit trail: every admin's (and quality rule's) action, newest first, paged; of actions on one
 * person when `person` is given (opened from their audit). Keyed by the person, so each starts on page one.
 */
export function AuditTrailCard({ person, onEveryone }: { person: TrailPerson | null; onEveryone(): void }) {
  const t = useT();
  const [offset, setOffset] = useState(0);
  const { data, error, loading, refetch } = useAuditTrail(offset, person?.id);
  const page = data?.auditTrail;
  const { from, to } = pageRange(offset, AUDIT_PAGE_SIZE, page?.total ?? 0);
  return (
    <Card title={t('trail.title')}>
      <div className="spread">
        <p className="muted small">
          <span>{t('trail.intro')}</span> <span>{t('trail.introProjects')}</span>
        </p>
        <Button variant="secondary" busy={loading && Boolean(page)} onClick={() => (offset === 0 ? void refetch() : setOffset(0))}>
          {t('trail.refresh')}
        </Button>
      </div>
      {person && <AuditTrailScope person={person} onEveryone={onEveryone} />}
      {!page && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {page && page.total === 0 && <p className="muted">{t('trail.none')}</p>}
      {page && page.items.length > 0 && <AuditTrailTable entries={page.items} />}
      {page && page.total > 0 && (
        <div className="spread">
          <p className="muted small">{t('people.range', { from, to, total: page.total })}</p>
          {page.total > AUDIT_PAGE_SIZE && (
            <div className="row" role="group" aria-label={t('trail.pages')}>
              <Button variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - AUDIT_PAGE_SIZE))}>
                {t('people.previous')}
              </Button>
              <Button variant="secondary" disabled={offset + AUDIT_PAGE_SIZE >= page.total} onClick={() => setOffset(offset + AUDIT_PAGE_SIZE)}>
                {t('people.next')}
              </Button>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}
