import { Button, TextField } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { defaultHotkey, labelPath, MAX_LABELS, newLabelRow, takenDefaultKey, type LabelRow } from '../lib/project-form';

export interface LabelsEditorProps {
  labels: LabelRow[];
  onChange(labels: LabelRow[]): void;
  /** Messages by API path: `config.labels`, `config.labels[1]`, `config.labels[1].value`, ... */
  errors: Record<string, string>;
  /** Where these labels sit in the config (`config.labels`, `config.categories`). */
  base?: string;
  /** Words for other kinds of choices (categories); labels by default. */
  texts?: { legend: string; hint: string; itemN(n: number): string; add: string; removeN(n: number): string };
}

/** One fieldset per label ("Label 1", "Label 2", ...) with its value, text and hotkey. */
export function LabelsEditor({ labels, onChange, errors, base = 'config.labels', texts }: LabelsEditorProps) {
  const t = useT();
  const words = texts ?? {
    legend: t('form.labels'),
    hint: t('form.labelsHint'),
    itemN: (n: number) => t('form.labelN', { n }),
    add: t('form.addLabel'),
    removeN: (n: number) => t('form.removeLabelN', { n }),
  };
  const errorId = `${base}-error`;
  const update = (index: number, patch: Partial<LabelRow>) =>
    onChange(labels.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const remove = (index: number) => onChange(labels.filter((_, i) => i !== index));
  const groupError = errors[base] ?? errors['config'];
  const hotkeyHint = (index: number) => {
    const key = takenDefaultKey(index, labels);
    return key === null ? undefined : t('form.hotkeyTaken', { key });
  };
  return (
    <fieldset className="labels-editor" aria-describedby={groupError ? errorId : undefined}>
      <legend>{words.legend}</legend>
      <p className="field-hint">{words.hint}</p>
      {groupError && (
        <p id={errorId} className="field-error">
          {groupError}
        </p>
      )}
      {labels.map((row, i) => {
        const rowError = errors[labelPath(i, undefined, base)];
        return (
          <fieldset key={row.key} className="label-row">
            <legend>{words.itemN(i + 1)}</legend>
            {rowError && <p className="field-error">{rowError}</p>}
            <div className="label-row-fields">
              <TextField
                label={t('form.labelValue')}
                value={row.value}
                error={errors[labelPath(i, 'value', base)]}
                onChange={(e) => update(i, { value: e.target.value })}
                autoComplete="off"
              />
              <TextField
                label={t('form.labelText')}
                value={row.text}
                error={errors[labelPath(i, 'text', base)]}
                onChange={(e) => update(i, { text: e.target.value })}
                autoComplete="off"
              />
              <TextField
                label={t('form.labelHotkey')}
                value={row.hotkey}
                placeholder={defaultHotkey(i, labels)}
                hint={hotkeyHint(i)}
                maxLength={2}
                error={errors[labelPath(i, 'hotkey', base)]}
                onChange={(e) => update(i, { hotkey: e.target.value })}
                autoComplete="off"
                fieldClassName="field-hotkey"
              />
              <Button
                variant="ghost"
                className="label-remove"
                aria-label={words.removeN(i + 1)}
                onClick={() => remove(i)}
                disabled={labels.length <= 1}
              >
                {t('form.removeLabel')}
              </Button>
            </div>
          </fieldset>
        );
      })}
      <Button variant="secondary" onClick={() => onChange([...labels, newLabelRow()])} disabled={labels.length >= MAX_LABELS}>
        {words.add}
      </Button>
    </fieldset>
  );
}
