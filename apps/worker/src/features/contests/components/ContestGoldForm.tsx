import { Alert, Button, ErrorAlert, fieldErrorsOf, TextAreaField } from '@fourmi/ui';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useContestGold } from '../hooks/useContestGold';
import { CONTEST_MESSAGE, checkContestMessage } from '../lib/contest-message';

/**
 * "Contest this gold item": a button that opens a short form; the message goes to the project's
 * requester, who keeps or corrects the gold answer. Shows the API's field error under the field.
 */
export function ContestGoldForm({ assignmentId }: { assignmentId: string }) {
  const t = useT();
  const { mutate, loading, error } = useContestGold();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [messageError, setMessageError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);

  if (sent) return <Alert tone="success">{t('contest.sent')}</Alert>;
  if (!open) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t('contest.open')}
        </Button>
      </div>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = checkContestMessage(message);
    if (problem) return setMessageError(t(problem, { min: CONTEST_MESSAGE.min, max: CONTEST_MESSAGE.max }));
    setMessageError(undefined);
    const result = await mutate({ assignmentId, message: message.trim() });
    if (result.ok) setSent(true);
  };
  const apiFieldError = fieldErrorsOf(error)['message'];
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-label={t('contest.open')}>
      <ErrorAlert error={error} shownFields={['message']} />
      <TextAreaField
        label={t('contest.message')}
        hint={t('contest.hint', { min: CONTEST_MESSAGE.min, max: CONTEST_MESSAGE.max })}
        rows={3}
        maxLength={CONTEST_MESSAGE.max + 100}
        value={message}
        error={messageError ?? apiFieldError}
        onChange={(e) => setMessage(e.target.value)}
        autoFocus
      />
      <div className="row">
        <Button type="submit" busy={loading}>
          {t('contest.submit')}
        </Button>
        <Button variant="ghost" disabled={loading} onClick={() => setOpen(false)}>
          {t('contest.cancel')}
        </Button>
      </div>
    </form>
  );
}
