import type { WorkerRejectionFragment } from '@fourmi/api-client';
import { Alert, Button, Card, ErrorAlert, fieldErrorsOf, formatDateTime, InstructionsThen, Loading, TextAreaField, useFieldProblemText, useFocusInvalid, useLocale, usePageTitle } from '@fourmi/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { ContestGoldForm } from '../../contests/components/ContestGoldForm';
import { useAppealRejection, useMyRejections } from '../hooks/useStanding';
import { APPEAL_MESSAGE, checkAppealMessage, readEvidence } from '../lib/evidence';
import { RejectedAnswer } from './RejectedAnswer';

function AppealForm({ assignmentId, onDone }: { assignmentId: string; onDone(): void }) {
  const t = useT();
  const problemText = useFieldProblemText();
  const { mutate, loading, error } = useAppealRejection();
  const [message, setMessage] = useState('');
  const [messageError, setMessageError] = useState<string | undefined>();
  const { formRef, focusInvalid } = useFocusInvalid();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkAppealMessage(message);
    if (problem) {
      setMessageError(t(problem, APPEAL_MESSAGE));
      return focusInvalid();
    }
    setMessageError(undefined);
    const result = await mutate({ assignmentId, message: message.trim() });
    if (result.ok) onDone();
    else focusInvalid();
  };
  return (
    <form ref={formRef} className="stack" onSubmit={(e) => void submit(e)}>
      <ErrorAlert error={error} shownFields={['message']} />
      <TextAreaField
        label={t('appeal.message')}
        hint={t('appeal.once')}
        rows={3}
        value={message}
        error={messageError ?? fieldErrorsOf(error, problemText)['message']}
        onChange={(e) => setMessage(e.target.value)}
      />
      <div>
        <Button type="submit" busy={loading}>
          {t('appeal.submit')}
        </Button>
      </div>
    </form>
  );
}

/** How long the worker took, against the project's median when it is known. */
function Timing({ seconds, median }: { seconds: number; median: number | null }) {
  const t = useT();
  const taken = Math.round(seconds);
  return <p className="small">{median === null ? t('appeal.timingAlone', { seconds: taken }) : t('appeal.timing', { seconds: taken, median: Math.round(median) })}</p>;
}

/** Where the appeal stands, with what the worker wrote and the admin's note; focused once just sent. */
function AppealStatus({ rejection, focus }: { rejection: WorkerRejectionFragment; focus: boolean }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const status = rejection.appealStatus;
  // The form the focus was in is gone: keep keyboard users where the answer to their action is.
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div ref={ref} tabIndex={-1} className="stack">
      <Alert tone={status === 'OVERTURNED' ? 'success' : status === 'UPHELD' ? 'warning' : 'info'}>
        <p>{status === 'OPEN' || status === 'UPHELD' || status === 'OVERTURNED' ? t(`appeal.status.${status}`) : status}</p>
        {rejection.decisionNote && <p>{rejection.decisionNote}</p>}
      </Alert>
      {rejection.appealMessage && (
        <p className="small">
          <strong>{t('appeal.yourAppeal')}</strong> {rejection.appealMessage}
        </p>
      )}
    </div>
  );
}

export function RejectionCard({ rejection, onChanged }: { rejection: WorkerRejectionFragment; onChanged(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const [appealed, setAppealed] = useState(false);
  const evidence = readEvidence(rejection.evidence, rejection.projectConfig);
  return (
    <Card title={rejection.projectName} level={2}>
      <p className="muted small">{formatDateTime(rejection.rejectedAt, locale)}</p>
      <RejectedAnswer rejection={rejection} />
      <p>
        <strong>{t('appeal.reason')}</strong> {rejection.reason ?? '—'}
      </p>
      {evidence.consensus !== null && (
        <p>
          <strong>{t('appeal.consensus')}</strong> {evidence.consensus}
        </p>
      )}
      {evidence.failedGold.length > 0 && (
        <ul>
          {evidence.failedGold.map((g, i) => (
            <li key={i} className="stack">
              <span>{t('appeal.failedGold', { item: g.item, expected: g.expected, given: g.given })}</span>
              {g.assignmentId && <ContestGoldForm assignmentId={g.assignmentId} />}
            </li>
          ))}
        </ul>
      )}
      {evidence.durationSeconds !== null && <Timing seconds={evidence.durationSeconds} median={evidence.projectMedianSeconds} />}
      <InstructionsThen editedAt={rejection.instructionsEditedAt} then={rejection.instructionsThen} />
      {rejection.appealStatus === null ? (
        <AppealForm
          assignmentId={rejection.assignmentId}
          onDone={() => {
            setAppealed(true);
            onChanged();
          }}
        />
      ) : (
        <AppealStatus rejection={rejection} focus={appealed} />
      )}
    </Card>
  );
}

/** The worker's rejected answers with the reason and evidence; each can be appealed once. */
export function RejectionsPage() {
  const t = useT();
  usePageTitle(t('appeal.title'), t('app.name'));
  const { data, error, loading, refetch } = useMyRejections();
  const rejections = data?.myRejections;
  return (
    <div className="stack">
      <h1>{t('appeal.title')}</h1>
      {!rejections && (loading ? <Loading /> : <ErrorAlert error={error} onRetry={() => void refetch()} />)}
      {rejections && rejections.length === 0 && <p className="empty">{t('appeal.none')}</p>}
      {rejections?.map((r) => <RejectionCard key={r.assignmentId} rejection={r} onChanged={() => void refetch()} />)}
    </div>
  );
}
