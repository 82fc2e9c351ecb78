import { Alert, Button, ErrorAlert, fieldErrorsOf, TextField, useFieldProblemText } from '@fourmi/ui';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useReturnWorkerAnswers } from '../hooks/useAdmin';
import { parseReturnAnswers, type ReturnAnswersForm } from '../lib/return-form';
import { ProjectField, type WorkerProject } from './ProjectField';

type Errors = Extract<ReturnAnswersForm, { ok: false }>['errors'];

/** Sends one worker's unreviewed answers of a project back to be redone by others (e.g. after a ban). */
export function ReturnAnswersForm({ workerId, projects }: { workerId: string; projects: readonly WorkerProject[] }) {
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
      <ProjectField
        label={t(projects.length ? 'admin.banProjectPick' : 'returnAnswers.projectId')}
        value={projectId}
        projects={projects}
        error={errors.projectId ? t(errors.projectId) : apiFields['projectId']}
        onChange={setProjectId}
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
