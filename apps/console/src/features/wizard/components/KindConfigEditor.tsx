import { indexTaxonomy, parseTaxonomyCsv, parseTaxonomyJson, type TaskKind } from '@fourmi/task-kinds';
import { TextField, useFieldProblemText } from '@fourmi/ui';
import { useId, type ChangeEvent } from 'react';
import { LabelsEditor } from '../../projects/components/LabelsEditor';
import type { LabelRow } from '../../projects/lib/project-form';
import { useWizardT } from '../i18n';
import { carryAlone, toggleAlone, type KindExtras, type TaxonomyUpload } from '../lib/wizard-config';

export interface KindConfigEditorProps {
  kind: TaskKind;
  labels: LabelRow[];
  extras: KindExtras;
  onLabels(labels: LabelRow[]): void;
  onExtras(patch: Partial<KindExtras>): void;
  /** Messages by API path (`config.labels[1].value`, `config.taxonomy`, ...). */
  errors: Record<string, string>;
}

/** The config fields of the chosen kind. */
export function KindConfigEditor({ kind, labels, extras, onLabels, onExtras, errors }: KindConfigEditorProps) {
  const t = useWizardT();
  const labelsEditor = <LabelsEditor labels={labels} onChange={onLabels} errors={errors} />;
  switch (kind) {
    case 'CLASSIFICATION':
      return labelsEditor;
    case 'MULTI_LABEL':
      return (
        <>
          <LabelsEditor
            labels={labels}
            onChange={(next) => {
              onLabels(next);
              onExtras({ aloneLabels: carryAlone(labels, next, extras.aloneLabels) });
            }}
            errors={errors}
          />
          <div className="form-grid">
            <TextField
              label={t('wizard.minSelected')}
              inputMode="numeric"
              value={extras.minSelected}
              error={errors['config.minSelected']}
              hint={t('wizard.boundsHint')}
              onChange={(e) => onExtras({ minSelected: e.target.value })}
            />
            <TextField
              label={t('wizard.maxSelected')}
              inputMode="numeric"
              value={extras.maxSelected}
              error={errors['config.maxSelected']}
              onChange={(e) => onExtras({ maxSelected: e.target.value })}
            />
          </div>
          <AloneLabelsField labels={labels} alone={extras.aloneLabels} onAlone={(aloneLabels) => onExtras({ aloneLabels })} errors={errors} />
        </>
      );
    case 'CATEGORIZATION':
      return <TaxonomyField upload={extras.taxonomy} onUpload={(taxonomy) => onExtras({ taxonomy })} errors={errors} />;
    case 'UI_FEEDBACK':
      return (
        <>
          <LabelsEditor
            labels={extras.categories}
            onChange={(categories) => onExtras({ categories })}
            errors={errors}
            base="config.categories"
            texts={{
              legend: t('wizard.categories'),
              hint: t('wizard.categoriesHint'),
              itemN: (n) => t('wizard.categoryN', { n }),
              add: t('wizard.addCategory'),
              removeN: (n) => t('wizard.removeCategoryN', { n }),
            }}
          />
          <div className="form-grid">
            <TextField
              label={t('wizard.minComment')}
              inputMode="numeric"
              value={extras.minCommentLength}
              error={errors['config.minCommentLength']}
              onChange={(e) => onExtras({ minCommentLength: e.target.value })}
            />
            <TextField
              label={t('wizard.maxClicks')}
              inputMode="numeric"
              value={extras.maxClicks}
              disabled={!extras.allowClicks}
              error={errors['config.maxClicks']}
              onChange={(e) => onExtras({ maxClicks: e.target.value })}
            />
          </div>
          <Checkbox label={t('wizard.allowClicks')} checked={extras.allowClicks} onChange={(allowClicks) => onExtras({ allowClicks })} error={errors['config.allowClicks']} />
        </>
      );
    case 'AUDIO':
      return (
        <>
          <fieldset className="labels-editor">
            <legend>{t('wizard.audioHint')}</legend>
            <Checkbox label={t('wizard.audioLabels')} checked={extras.audioLabels} onChange={(audioLabels) => onExtras({ audioLabels })} />
            <Checkbox label={t('wizard.transcribe')} checked={extras.transcribe} onChange={(transcribe) => onExtras({ transcribe })} error={errors['config.transcribe']} />
          </fieldset>
          {extras.audioLabels && labelsEditor}
        </>
      );
  }
}

/** A mark per label: the multi-label values that stand alone (`aloneLabels`), with the API's problems with them. */
export function AloneLabelsField({ labels, alone, onAlone, errors }: { labels: LabelRow[]; alone: string[]; onAlone(alone: string[]): void; errors: Record<string, string> }) {
  const t = useWizardT();
  const hintId = useId();
  const problems = Object.entries(errors).filter(([path]) => path.startsWith('config.aloneLabels'));
  return (
    <fieldset className={problems.length > 0 ? 'labels-editor field-invalid' : 'labels-editor'} aria-describedby={hintId}>
      <legend>{t('wizard.aloneLabels')}</legend>
      <p id={hintId} className="field-hint">
        {t('wizard.aloneHint')}
      </p>
      {labels.map((row, i) => {
        const value = row.value.trim();
        const name = row.text.trim() || value;
        return (
          <Checkbox
            key={row.key}
            label={value ? t('wizard.aloneLabelN', { name }) : t('wizard.aloneUnnamed', { n: i + 1 })}
            checked={value !== '' && alone.includes(value)}
            disabled={!value}
            onChange={(on) => onAlone(toggleAlone(alone, value, on))}
          />
        );
      })}
      {problems.length > 0 && (
        <ul className="field-error">
          {problems.map(([path, message]) => (
            <li key={path}>{message}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function Checkbox({ label, checked, onChange, error, disabled }: { label: string; checked: boolean; onChange(checked: boolean): void; error?: string; disabled?: boolean }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="checkbox">
        <input id={id} type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} aria-invalid={error ? true : undefined} />{' '}
        {label}
      </label>
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}

/** Reads a taxonomy file in the browser with the task kinds' own readers, showing line or path errors. */
export function readTaxonomyFile(fileName: string, content: string): TaxonomyUpload | null {
  const name = fileName.toLowerCase();
  const result = name.endsWith('.csv') ? parseTaxonomyCsv(content) : name.endsWith('.json') ? parseTaxonomyJson(content) : null;
  if (!result) return null;
  return result.ok ? { fileName, nodes: result.value, errors: [] } : { fileName, nodes: null, errors: result.errors.slice(0, 20) };
}

function TaxonomyField({ upload, onUpload, errors }: { upload: TaxonomyUpload | null; onUpload(upload: TaxonomyUpload | null): void; errors: Record<string, string> }) {
  const t = useWizardT();
  const problemText = useFieldProblemText();
  const id = useId();
  const serverErrors = Object.entries(errors).filter(([path]) => path.startsWith('config.taxonomy'));
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return onUpload(null);
    const read = readTaxonomyFile(file.name, await file.text());
    onUpload(read ?? { fileName: file.name, nodes: null, errors: [{ path: '', message: t('wizard.taxonomyFileType') }] });
  };
  const leaves = upload?.nodes ? upload.nodes.filter((n) => indexTaxonomy(upload.nodes ?? []).isLeaf(n.id)).length : 0;
  const invalid = serverErrors.length > 0 || (upload !== null && upload.errors.length > 0);
  return (
    <div className={invalid ? 'field field-invalid' : 'field'}>
      <label className="field-label" htmlFor={id}>
        {t('wizard.taxonomy')}
      </label>
      <input id={id} type="file" accept=".csv,.json,text/csv,application/json" onChange={(e) => void onFile(e)} aria-describedby={`${id}-hint`} aria-invalid={invalid || undefined} />
      <p id={`${id}-hint`} className="field-hint">
        {t('wizard.taxonomyHint')}
      </p>
      <p className="small" aria-live="polite">
        {upload?.nodes ? t('wizard.taxonomyLoaded', { name: upload.fileName, count: upload.nodes.length, leaves }) : !upload ? t('wizard.taxonomyNone') : ''}
      </p>
      {upload && upload.errors.length > 0 && (
        <div className="field-error" role="alert">
          <p>{t('wizard.taxonomyProblems')}</p>
          <ul>
            {upload.errors.map((e, i) => (
              <li key={i}>{'line' in e && e.line ? e.message : e.path ? t('wizard.atPath', { path: e.path, message: problemText(e) }) : problemText(e)}</li>
            ))}
          </ul>
        </div>
      )}
      {serverErrors.length > 0 && (
        <ul className="field-error">
          {serverErrors.map(([path, message]) => (
            <li key={path}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
