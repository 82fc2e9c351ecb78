import type { ConsoleAppealFragment } from '@fourmi/api-client';
import { Alert, Button, Card, ErrorAlert, formatDateTime, Spinner, TextField, useLocale } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { useDecideAppeal, useOpenAppeals } from '../hooks/useAdmin';
import { checkDecisionNote } from '../lib/return-form';
import { AppealDetails } from './AppealDetails';

function AppealItem({ appeal, onDecided }: { appeal: ConsoleAppealFragment; onDecided(overturned: boolean): void }) {
  const t = useT();
  const { locale } = useLocale();
  const { mutate, loading, error } = useDecideAppeal();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const decide = async (overturn: boolean) => {
    const problem = checkDecisionNote(note);
    if (problem) return setNoteError(t(problem));
    setNoteError(undefined);
    // Open appeals always carry their id; the type allows null for rejections never appealed.
    if (!appeal.appealId) return;
    const result = await mutate({ appealId: appeal.appealId, note: note.trim(), overturn });
    if (result.ok) onDecided(overturn);
  };
  return (
    <li className="stack">
      <p>
        <strong>{appeal.projectName}</strong> · {formatDateTime(appeal.rejectedAt, locale)}
      </p>
      <p>{t('appeals.reason', { reason: appeal.reason ?? '—' })}</p>
      <p>{t('appeals.message', { message: appeal.appealMessage ?? '—' })}</p>
      <AppealDetails appeal={appeal} />
      <ErrorAlert error={error} />
      <TextField label={t('appeals.note')} value={note} required error={noteError} onChange={(e) => setNote(e.target.value)} />
      <div className="row">
        <Button variant="secondary" busy={loading} onClick={() => void decide(false)}>
          {t('appeals.uphold')}
        </Button>
        <Button busy={loading} onClick={() => void decide(true)}>
          {t('appeals.overturn')}
        </Button>
      </div>
    </li>
  );
}

/** Open appeals, oldest first: uphold the rejection or overturn it (the answer is accepted and paid). */
export function AppealsCard() {
  const t = useT();
  const { data, error, loading, refetch } = useOpenAppeals();
  const [notice, setNotice] = useState<string | null>(null);
  const appeals = data?.openAppeals;
  return (
    <Card title={t('appeals.title')}>
      {!appeals && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {notice && <Alert tone="success">{notice}</Alert>}
      {appeals && appeals.length === 0 && <p className="muted">{t('appeals.none')}</p>}
      {appeals && appeals.length > 0 && (
        <ul className="plain-list">
          {appeals.map((a) => (
            <AppealItem
              key={a.appealId}
              appeal={a}
              onDecided={(overturned) => {
                setNotice(t(overturned ? 'appeals.overturned' : 'appeals.upheld'));
                void refetch();
              }}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}
