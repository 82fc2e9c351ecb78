import { Alert, Button, ErrorAlert, fieldErrorsOf, TextField, useFieldProblemText } from '@fourmi/ui';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useReturnWorkerAnswers } from '../hooks/useAdmin';
import { parseReturnAnswers, type ReturnAnswersForm } from '../lib/return-form';

type Errors = Extract<ReturnAnswersForm, { ok: false }>['errors'];

/** Sends one worker's unreviewed answers of a project back to be redone by others (e.g. after a ban). */
export function ReturnAnswersForm({ workerId }: { workerId: string }) {
  const t = useT();
  const problemText = useFieldProblemText();
  const { mutate, loading, error } = useReturnWorkerAnswers();
  const [projectId, setProjectId] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [returned, setReturned] = useState<number | null>(null);
  const apiFields = fieldErrorsOf(error, problemText);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const form = parseReturnAnswers(projectId, reason);
    if (!form.ok) return setErrors(form.errors);
    setErrors({});
    setReturned(null);
    const result = await mutate({ workerId, projectId: form.projectId, reason: form.reason });
    if (result.ok) setReturned(result.data.returnWorkerAnswers);
  };
  return (
    <form className="stack" onSubmit={(e) => void submit(e)} aria-label={t('returnAnswers.title')}>
      <h3>{t('returnAnswers.title')}</h3>
      <p className="muted small">{t('returnAnswers.intro')}</p>
      <ErrorAlert error={error} shownFields={['projectId', 'reason']} />
      {returned !== null && <Alert tone="success">{t('returnAnswers.done', { count: returned })}</Alert>}
      <TextField
        label={t('returnAnswers.projectId')}
        value={projectId}
        required
        error={errors.projectId ? t(errors.projectId) : apiFields['projectId']}
        onChange={(e) => setProjectId(e.target.value)}
      />
      <TextField
        label={t('returnAnswers.reason')}
        value={reason}
        required
        error={errors.reason ? t(errors.reason) : apiFields['reason']}
        onChange={(e) => setReason(e.target.value)}
      />
      <div>
        <Button type="submit" variant="danger" busy={loading}>
          {t('returnAnswers.submit')}
        </Button>
      </div>
    </form>
  );
}
