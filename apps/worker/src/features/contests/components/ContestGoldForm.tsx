import { Alert, Button, ErrorAlert, fieldErrorsOf, TextAreaField, useFieldProblemText } from '@fourmi/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useContestGold } from '../hooks/useContestGold';
import { CONTEST_MESSAGE, checkContestMessage } from '../lib/contest-message';

/**
 * "Contest this gold item": a button that opens a short form; the message goes to the project's
 * requester, who keeps or corrects the gold answer. Shows the API's field error under the field.
 */
export function ContestGoldForm({ assignmentId }: { assignmentId: string }) {
  const t = useT();
  const problemText = useFieldProblemText();
  const { mutate, loading, error } = useContestGold();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [messageError, setMessageError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  // Sending or cancelling removes the form and the focus in it: the focus stays here instead (the
  // button, or the sent message), so Escape still dismisses the feedback and Tab carries on from here.
  const rootRef = useRef<HTMLDivElement>(null);
  const keepFocus = useRef(false);
  useEffect(() => {
    if (!keepFocus.current) return;
    keepFocus.current = false;
    const root = rootRef.current;
    (root?.querySelector<HTMLElement>('button') ?? root)?.focus();
  }, [open, sent]);

  if (sent) {
    return (
      <div ref={rootRef} tabIndex={-1}>
        <Alert tone="success">{t('contest.sent')}</Alert>
      </div>
    );
  }
  if (!open) {
    return (
      <div ref={rootRef}>
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
    if (!result.ok) return;
    keepFocus.current = true;
    setSent(true);
  };
  const cancel = () => {
    keepFocus.current = true;
    setOpen(false);
  };
  const apiFieldError = fieldErrorsOf(error, problemText)['message'];
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
        <Button variant="ghost" disabled={loading} onClick={cancel}>
          {t('contest.cancel')}
        </Button>
      </div>
    </form>
  );
}
