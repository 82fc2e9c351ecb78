import type { TaskKind } from '@fourmi/task-kinds';
import { Alert, Button, ErrorAlert, TextField } from '@fourmi/ui';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useCreateBatch } from '../../batches/hooks/useBatches';
import { useWizardT } from '../i18n';
import { INPUT_FIELDS, parseKindItemsFile, type KindItems } from '../lib/items-file';

/**
 * Adds a draft batch from a .csv or .jsonl file whose fields are the kind's input (title, description,
 * imageUrl for categorisation; screenshotUrl, pageUrl, context for UI feedback; audioUrl, ... for audio).
 */
export function KindItemsForm({ projectId, kind, onCreated }: { projectId: string; kind: TaskKind; onCreated(): void }) {
  const t = useWizardT();
  const tc = useT();
  const id = useId();
  const [name, setName] = useState('');
  const [file, setFile] = useState<{ name: string; parsed: KindItems } | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [created, setCreated] = useState<number | null>(null);
  const { mutate, loading, error } = useCreateBatch();
  const fields = INPUT_FIELDS[kind].join(', ');
  const count = file?.parsed.items.length ?? 0;
  const blocked = !file || file.parsed.errors.length > 0 || count === 0;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setCreated(null);
    if (!chosen) return setFile(null);
    setFile({ name: chosen.name, parsed: parseKindItemsFile(kind, chosen.name, chosen.size, await chosen.text()) });
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked || !file) return;
    const result = await mutate({ input: { projectId, name: name.trim() || undefined, items: file.parsed.items } });
    if (!result.ok) return;
    setCreated(result.data.createBatch.itemCount);
    setName('');
    setFile(null);
    setFileKey((k) => k + 1);
    onCreated();
  };
  const describe = (e: KindItems['errors'][number]) => {
    const known = ['tooBig', 'tooMany', 'fileType', 'jsonInvalid', 'csvUnclosedQuote', 'csvHeader'];
    const message = known.includes(e.message) ? t(`wizard.items.error.${e.message}` as 'wizard.items.error.tooBig', { fields }) : e.message;
    if (e.line && e.field) return t('wizard.items.lineField', { line: e.line, field: e.field, message });
    if (e.line) return t('wizard.atLine', { line: e.line, message });
    return message;
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      {created !== null && <Alert tone="success">{tc('items.created', { count: created })}</Alert>}
      <ErrorAlert error={error} />
      <TextField label={tc('items.batchName')} hint={tc('items.batchNameHint')} value={name} onChange={(e) => setName(e.target.value)} />
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {t('wizard.items.file')}
        </label>
        <input key={fileKey} id={id} type="file" accept=".csv,.jsonl,.ndjson,text/csv" onChange={(e) => void onFile(e)} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="field-hint">
          {t('wizard.items.fileHint', { fields })}
        </p>
      </div>
      {file && file.parsed.errors.length > 0 && (
        <Alert tone="error" title={t('wizard.items.problems')}>
          <ul>
            {file.parsed.errors.map((e, i) => (
              <li key={i}>{describe(e)}</li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="spread">
        <p className="muted" aria-live="polite">
          {tc('items.ready', { count })}
        </p>
        <Button type="submit" busy={loading} disabled={blocked}>
          {t('wizard.items.title')}
        </Button>
      </div>
    </form>
  );
}
