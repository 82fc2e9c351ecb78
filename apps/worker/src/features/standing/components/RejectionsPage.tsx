import type { WorkerRejectionFragment } from '@fourmi/api-client';
import { Alert, Button, Card, ErrorAlert, fieldErrorsOf, formatDateTime, InstructionsThen, Loading, TextAreaField, useFieldProblemText, useLocale, usePageTitle } from '@fourmi/ui';
import { useState, type FormEvent } from 'react';
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
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkAppealMessage(message);
    if (problem) return setMessageError(t(problem, APPEAL_MESSAGE));
    setMessageError(undefined);
    const result = await mutate({ assignmentId, message: message.trim() });
    if (result.ok) onDone();
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)}>
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

function RejectionCard({ rejection, onChanged }: { rejection: WorkerRejectionFragment; onChanged(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const evidence = readEvidence(rejection.evidence, rejection.projectConfig);
  const status = rejection.appealStatus;
  return (
    <Card title={rejection.projectName} level={2}>
      <p className="muted small">{formatDateTime(rejection.rejectedAt, locale)}</p>
      <RejectedAnswer rejection={rejection} />
      <p>
        <strong>{t('appeal.reason')}</strong> {rejection.reason ?? '—'}
      </p>
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
      {evidence.durationSeconds !== null && (
        <p className="small">
          {t('appeal.timing', { seconds: Math.round(evidence.durationSeconds), median: evidence.projectMedianSeconds === null ? '—' : Math.round(evidence.projectMedianSeconds) })}
        </p>
      )}
      <InstructionsThen editedAt={rejection.instructionsEditedAt} then={rejection.instructionsThen} />
      {status === null ? (
        <AppealForm assignmentId={rejection.assignmentId} onDone={onChanged} />
      ) : (
        <Alert tone={status === 'OVERTURNED' ? 'success' : status === 'UPHELD' ? 'warning' : 'info'}>
          <p>{status === 'OPEN' || status === 'UPHELD' || status === 'OVERTURNED' ? t(`appeal.status.${status}`) : status}</p>
          {rejection.decisionNote && <p>{rejection.decisionNote}</p>}
        </Alert>
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
