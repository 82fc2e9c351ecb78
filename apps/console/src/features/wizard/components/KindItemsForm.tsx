import type { TaskKind } from '@fourmi/task-kinds';
import { Alert, ErrorAlert, TextField } from '@fourmi/ui';
import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { AddItemsSubmit } from '../../batches/components/AddItemsSubmit';
import { StreamedFileNote } from '../../batches/components/StreamedFileNote';
import { useAddItems } from '../../batches/hooks/useAddItems';
import { useWizardT } from '../i18n';
import { INPUT_FIELDS, MAX_KIND_FILE_BYTES, parseKindItemsFile } from '../lib/items-file';
import { ItemFileProblems } from './ItemFileProblems';

/**
 * Adds a draft batch from a .csv or .jsonl file whose fields are the kind's input (title, description,
 * imageUrl for categorisation; screenshotUrl, pageUrl, context for UI feedback; audioUrl, ... for audio).
 * A file too large to read in the browser is streamed to the upload endpoint, as in AddItemsForm.
 */
export function KindItemsForm({ projectId, kind, onCreated }: { projectId: string; kind: TaskKind; onCreated(): void }) {
  const t = useWizardT();
  const tc = useT();
  const id = useId();
  const [name, setName] = useState('');
  const items = useAddItems(projectId, (chosen) => ({
    maxBytes: MAX_KIND_FILE_BYTES,
    parse: (content) => parseKindItemsFile(kind, chosen.name, chosen.size, content),
    onlyTooMany: (read) => read.errors.length === 1 && read.errors[0].message === 'tooMany',
  }));
  const { parsed, stream } = items;
  const fields = INPUT_FIELDS[kind].join(', ');
  const count = parsed?.items.length ?? 0;
  const blocked = stream ? items.upload.progress !== null : !parsed || parsed.errors.length > 0 || count === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked || !(await items.add(name, parsed?.items ?? []))) return;
    setName('');
    onCreated();
  };
  return (
    <form onSubmit={(e) => void submit(e)}>
      {items.created !== null && <Alert tone="success">{tc('items.created', { count: items.created })}</Alert>}
      <ErrorAlert error={items.error} />
      <TextField label={tc('items.batchName')} hint={tc('items.batchNameHint')} value={name} onChange={(e) => setName(e.target.value)} />
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {t('wizard.items.file')}
        </label>
        <input key={items.fileKey} id={id} type="file" accept=".csv,.jsonl,.ndjson,text/csv" onChange={(e) => void items.chooseFile(e.target.files?.[0])} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="field-hint">
          {t('wizard.items.fileHint', { fields })}
        </p>
        {stream && <StreamedFileNote size={stream.file.size} />}
      </div>
      {parsed && parsed.errors.length > 0 && <ItemFileProblems errors={parsed.errors} fields={fields} />}
      <AddItemsSubmit items={items} count={count} blocked={blocked} label={t('wizard.items.title')} />
    </form>
  );
}
