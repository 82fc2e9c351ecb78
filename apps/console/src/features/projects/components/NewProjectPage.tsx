import { Alert, Button, Card, ErrorAlert, formatMoney, Markdown, parseMoneyToCents, TextAreaField, TextField, useFieldProblemText, useLocale, usePageTitle } from '@fourmi/ui';
import { presets } from '@fourmi/task-kinds';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { PROJECT_CURRENCY } from '../../../app/config';
import { useT } from '../../../i18n';
import { useCreateProject } from '../hooks/useProjects';
import { initialQualityForm, toQualityInput, type QualityErrorKey } from '../lib/quality-form';
import { QualityFields } from './QualityFields';
import {
  initialProjectForm,
  isShownPath,
  ESTIMATED_SECONDS,
  LEASE_SECONDS,
  newLabelRow,
  OVERLAP,
  toCreateProjectInput,
  type FormErrorKey,
  type ProjectFormValues,
} from '../lib/project-form';
import { KindConfigEditor } from '../../wizard/components/KindConfigEditor';
import { StartFromField } from '../../wizard/components/StartFromField';
import { TaskPreview } from '../../wizard/components/TaskPreview';
import { buildKindConfig, fromPreset, initialExtras, type StartChoice } from '../../wizard/lib/wizard-config';

export function NewProjectPage() {
  const t = useT();
  const problemText = useFieldProblemText();
  const { locale } = useLocale();
  const navigate = useNavigate();
  usePageTitle(t('newProject.title'), t('app.name'));
  const [values, setValues] = useState<ProjectFormValues>(initialProjectForm);
  const [quality, setQuality] = useState(initialQualityForm);
  const [clientErrors, setClientErrors] = useState<Record<string, FormErrorKey | QualityErrorKey>>({});
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
  for (const [path, key] of Object.entries(clientErrors)) errors[path] = t(key, { min: OVERLAP.min, max: OVERLAP.max });
  for (const field of error?.fields ?? []) errors[field.path] = problemText(field);

  const set = <K extends keyof ProjectFormValues>(key: K, value: ProjectFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  /** A kind starts empty; a preset fills the config editor with its defaults. */
  const start = (choice: StartChoice) => {
    setClientErrors({});
    const preset = presets.find((p) => p.id === choice.preset);
    if (preset) {
      const { labels, extras } = fromPreset(preset, locale);
      setValues((v) => ({ ...v, kind: preset.kind, preset: preset.id, labels: labels.length > 0 ? labels : [newLabelRow(), newLabelRow()], extras }));
    } else {
      setValues((v) => ({ ...v, kind: choice.kind, preset: null, labels: [newLabelRow(), newLabelRow()], extras: initialExtras() }));
    }
  };
  const previewConfig = useMemo(() => buildKindConfig(values.kind, values.labels, values.extras), [values.kind, values.labels, values.extras]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, errors: found } = toCreateProjectInput(values);
    const qualityInput = toQualityInput(quality);
    setClientErrors({ ...found, ...qualityInput.errors });
    if (!input || Object.keys(qualityInput.errors).length > 0) return setAttempt((n) => n + 1);
    const result = await mutate({ input: { ...input, ...qualityInput.input } });
    if (!result.ok) return setAttempt((n) => n + 1);
    navigate(`/projects/${encodeURIComponent(result.data.createProject.id)}`);
  };

  const rewardCents = parseMoneyToCents(values.reward);
  const overlap = Number(values.overlap);
  const shownFields = (error?.fields ?? []).map((f) => f.path).filter((p) => isShownPath(p, values.labels.length, values.extras.categories.length));
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
          <StartFromField
            value={values.preset ? { kind: values.kind, preset: values.preset } : { kind: values.kind, preset: null }}
            onChange={start}
            error={errors['kind']}
          />
          <div className="wizard-config">
            <div className="stack">
              <KindConfigEditor
                kind={values.kind}
                labels={values.labels}
                extras={values.extras}
                onLabels={(labels) => set('labels', labels)}
                onExtras={(patch) => setValues((v) => ({ ...v, extras: { ...v.extras, ...patch } }))}
                errors={errors}
              />
            </div>
            <TaskPreview kind={values.kind} config={previewConfig} />
          </div>
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
            <TextField
              label={t('form.estimatedSeconds')}
              hint={t('form.estimatedHint')}
              type="number"
              min={ESTIMATED_SECONDS.min}
              max={ESTIMATED_SECONDS.max}
              step={1}
              value={values.estimatedSeconds}
              error={errors['estimatedSecondsPerTask']}
              onChange={(e) => set('estimatedSeconds', e.target.value)}
            />
          </div>
          {rewardCents !== null && rewardCents > 0 && Number.isInteger(overlap) && overlap > 0 && (
            <p className="muted">{t('form.costPerItem', { amount: formatMoney(rewardCents * overlap, PROJECT_CURRENCY, locale) })}</p>
          )}
        </Card>
        <QualityFields values={quality} errors={errors} onChange={setQuality} />

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
