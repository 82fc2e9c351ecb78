import { Alert, Button, Card, ErrorAlert, TextAreaField, TextField, useFieldProblemText } from '@fourmi/ui';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useUpdateProject } from '../hooks/useProjects';
import { goldPercentText, toUpdateProjectInput, type ProjectEditErrors, type ProjectEditValues } from '../lib/project-edit';

const FIELDS = ['name', 'instructions', 'goldRatio'];

export interface EditProjectFormProps {
  projectId: string;
  name: string;
  instructions: string;
  goldRatio: number;
  onSaved(): void;
}

/** The project's name, instructions and gold ratio, editable after creation; the form says why the rest is not. */
export function EditProjectForm({ projectId, name, instructions, goldRatio, onSaved }: EditProjectFormProps) {
  const t = useT();
  const problemText = useFieldProblemText();
  const { mutate, loading, error, reset } = useUpdateProject();
  const [values, setValues] = useState<ProjectEditValues | null>(null);
  const [clientErrors, setClientErrors] = useState<ProjectEditErrors>({});
  const [saved, setSaved] = useState(false);

  const open = () => {
    reset();
    setClientErrors({});
    setSaved(false);
    setValues({ name, instructions, goldPercent: goldPercentText(goldRatio) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!values) return;
    const { input, errors } = toUpdateProjectInput(projectId, values);
    setClientErrors(errors);
    if (!input) return;
    const result = await mutate({ input });
    if (!result.ok) return;
    setValues(null);
    setSaved(true);
    onSaved();
  };

  // Server messages win: they are the API's own checks.
  const errors: Record<string, string> = {};
  for (const [path, key] of Object.entries(clientErrors)) errors[path] = t(key);
  for (const field of error?.fields ?? []) errors[field.path] = problemText(field);

  return (
    <Card title={t('project.edit.title')}>
      {values === null ? (
        <div className="stack">
          {saved && <Alert tone="success">{t('project.edit.saved')}</Alert>}
          <p>
            <Button variant="secondary" onClick={open}>
              {t('project.edit.open')}
            </Button>
          </p>
        </div>
      ) : (
        <form className="stack" noValidate onSubmit={(e) => void submit(e)}>
          <ErrorAlert error={error} shownFields={FIELDS} />
          <p className="muted small">{t('project.edit.fixed')}</p>
          <TextField label={t('form.name')} value={values.name} error={errors['name']} required onChange={(e) => setValues({ ...values, name: e.target.value })} />
          <TextAreaField
            label={t('form.instructions')}
            hint={t('form.instructionsHint')}
            value={values.instructions}
            error={errors['instructions']}
            rows={8}
            onChange={(e) => setValues({ ...values, instructions: e.target.value })}
          />
          <TextField
            label={t('quality.gold')}
            hint={t('project.edit.goldHint')}
            inputMode="decimal"
            value={values.goldPercent}
            error={errors['goldRatio']}
            onChange={(e) => setValues({ ...values, goldPercent: e.target.value })}
          />
          <div className="row">
            <Button type="submit" busy={loading}>
              {t('project.edit.save')}
            </Button>
            <Button variant="ghost" disabled={loading} onClick={() => setValues(null)}>
              {t('form.cancel')}
            </Button>
          </div>
        </form>
      )}
    </Card>
  );
}
