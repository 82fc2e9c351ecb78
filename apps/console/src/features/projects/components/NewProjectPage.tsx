import { Alert, Button, Card, ErrorAlert, Markdown, SelectField, TextAreaField, TextField, formatMoney, parseMoneyToCents, useLocale, usePageTitle } from '@fourmi/ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { PROJECT_CURRENCY } from '../../../app/config';
import { useT } from '../../../i18n';
import { useCreateProject } from '../hooks/useProjects';
import {
  ENABLED_KINDS,
  initialProjectForm,
  isShownPath,
  KINDS,
  LEASE_SECONDS,
  OVERLAP,
  toCreateProjectInput,
  type FormErrors,
  type ProjectFormValues,
} from '../lib/project-form';
import { LabelsEditor } from './LabelsEditor';

export function NewProjectPage() {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  usePageTitle(t('newProject.title'), t('app.name'));
  const [values, setValues] = useState<ProjectFormValues>(initialProjectForm);
  const [clientErrors, setClientErrors] = useState<FormErrors>({});
  const { mutate, loading, error } = useCreateProject();
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);

  // After a refused attempt, move the focus to the first field in error.
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, error, clientErrors]);

  // Server messages win over the form's own checks: they come from the task kind's validation.
  const errors: Record<string, string> = {};
  for (const [path, key] of Object.entries(clientErrors)) errors[path] = t(key);
  for (const field of error?.fields ?? []) errors[field.path] = field.message;

  const set = <K extends keyof ProjectFormValues>(key: K, value: ProjectFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, errors: found } = toCreateProjectInput(values);
    setClientErrors(found);
    if (!input) return setAttempt((n) => n + 1);
    const result = await mutate({ input });
    if (!result.ok) return setAttempt((n) => n + 1);
    navigate(`/projects/${encodeURIComponent(result.data.createProject.id)}`);
  };

  const rewardCents = parseMoneyToCents(values.reward);
  const overlap = Number(values.overlap);
  const shownFields = (error?.fields ?? []).map((f) => f.path).filter((p) => isShownPath(p, values.labels.length));
  const hasClientErrors = Object.keys(clientErrors).length > 0;

  return (
    <div className="stack">
      <h1>{t('newProject.title')}</h1>
      <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate className="stack">
        <ErrorAlert error={error} shownFields={shownFields} />
        {hasClientErrors && !error && <Alert tone="error">{t('form.fixErrors')}</Alert>}
        <Card title={t('newProject.about')}>
          <TextField label={t('form.name')} value={values.name} error={errors['name']} onChange={(e) => set('name', e.target.value)} required />
          <div className="instructions-editor">
            <TextAreaField
              label={t('form.instructions')}
              hint={t('form.instructionsHint')}
              value={values.instructions}
              error={errors['instructions']}
              onChange={(e) => set('instructions', e.target.value)}
              rows={8}
            />
            <section className="preview" aria-labelledby="instructions-preview">
              <h3 id="instructions-preview" className="field-label">
                {t('form.preview')}
              </h3>
              <div className="preview-body">
                {values.instructions.trim() ? <Markdown source={values.instructions} /> : <p className="muted">{t('form.previewEmpty')}</p>}
              </div>
            </section>
          </div>
        </Card>

        <Card title={t('newProject.task')}>
          <SelectField
            label={t('form.kind')}
            value={values.kind}
            error={errors['kind']}
            onChange={(e) => set('kind', e.target.value as ProjectFormValues['kind'])}
          >
            {KINDS.map((kind) => (
              <option key={kind} value={kind} disabled={!ENABLED_KINDS.has(kind)}>
                {ENABLED_KINDS.has(kind) ? t(`kind.${kind}`) : t('form.kindSoon', { kind: t(`kind.${kind}`) })}
              </option>
            ))}
          </SelectField>
          <LabelsEditor labels={values.labels} onChange={(labels) => set('labels', labels)} errors={errors} />
        </Card>

        <Card title={t('newProject.payment')}>
          <div className="form-grid">
            <TextField
              label={t('form.reward', { currency: PROJECT_CURRENCY })}
              hint={t('form.rewardHint')}
              inputMode="decimal"
              value={values.reward}
              error={errors['rewardCents']}
              onChange={(e) => set('reward', e.target.value)}
            />
            <TextField
              label={t('form.overlap')}
              hint={t('form.overlapHint', { min: OVERLAP.min, max: OVERLAP.max })}
              type="number"
              min={OVERLAP.min}
              max={OVERLAP.max}
              step={1}
              value={values.overlap}
              error={errors['overlap']}
              onChange={(e) => set('overlap', e.target.value)}
            />
            <TextField
              label={t('form.leaseSeconds')}
              hint={t('form.leaseHint', { min: LEASE_SECONDS.min, max: LEASE_SECONDS.max })}
              type="number"
              min={LEASE_SECONDS.min}
              max={LEASE_SECONDS.max}
              step={1}
              value={values.leaseSeconds}
              error={errors['leaseSeconds']}
              onChange={(e) => set('leaseSeconds', e.target.value)}
            />
          </div>
          {rewardCents !== null && rewardCents > 0 && Number.isInteger(overlap) && overlap > 0 && (
            <p className="muted">{t('form.costPerItem', { amount: formatMoney(rewardCents * overlap, PROJECT_CURRENCY, locale) })}</p>
          )}
        </Card>

        <div className="row">
          <Button type="submit" busy={loading}>
            {t('newProject.create')}
          </Button>
          <Button variant="ghost" onClick={() => navigate('/')}>
            {t('form.cancel')}
          </Button>
        </div>
      </form>
    </div>
  );
}
