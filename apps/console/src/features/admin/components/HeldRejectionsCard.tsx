import type { ConsoleMassRejectionFragment } from '@fourmi/api-client';
import { Alert, Button, Card, ErrorAlert, Spinner, TextField } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { useDecideMassRejection, usePendingMassRejections } from '../hooks/useAdmin';
import { checkDecisionNote } from '../lib/return-form';
import { HeldRejectionSummary } from './HeldRejectionSummary';

function HeldItem({ held, onDecided }: { held: ConsoleMassRejectionFragment; onDecided(approved: boolean): void }) {
  const t = useT();
  const { mutate, loading, error } = useDecideMassRejection();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const decide = async (approve: boolean) => {
    const problem = checkDecisionNote(note);
    if (problem) return setNoteError(t(problem));
    setNoteError(undefined);
    const result = await mutate({ id: held.id, approve, note: note.trim() });
    if (result.ok) onDecided(approve);
  };
  return (
    <li className="stack">
      <HeldRejectionSummary held={held} />
      <ErrorAlert error={error} />
      <TextField label={t('held.note')} value={note} required error={noteError} onChange={(e) => setNote(e.target.value)} />
      <div className="row">
        <Button variant="secondary" busy={loading} onClick={() => void decide(false)}>
          {t('held.decline')}
        </Button>
        <Button variant="danger" busy={loading} onClick={() => void decide(true)}>
          {t('held.approve')}
        </Button>
      </div>
    </li>
  );
}

/** Rejections the mass-rejection guard held: approve (the answers are rejected) or decline. */
export function HeldRejectionsCard() {
  const t = useT();
  const { data, error, loading, refetch } = usePendingMassRejections();
  const [notice, setNotice] = useState<string | null>(null);
  const held = data?.pendingMassRejections;
  return (
    <Card title={t('held.title')}>
      {!held && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {notice && <Alert tone="success">{notice}</Alert>}
      {held && held.length === 0 && <p className="muted">{t('held.none')}</p>}
      {held && held.length > 0 && (
        <ul className="plain-list">
          {held.map((h) => (
            <HeldItem
              key={h.id}
              held={h}
              onDecided={(approved) => {
                setNotice(t(approved ? 'held.approved' : 'held.declined'));
                void refetch();
              }}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}
