import type { TaskKind } from '@fourmi/task-kinds';
import { Alert, Button, ErrorAlert, TextField, useAuth } from '@fourmi/ui';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { StreamedFileNote } from '../../batches/components/StreamedFileNote';
import { UploadProgress } from '../../batches/components/UploadProgress';
import { useCreateBatch } from '../../batches/hooks/useBatches';
import { useFileUpload } from '../../batches/hooks/useFileUpload';
import { chooseItemsFile, type ChosenFile } from '../../batches/lib/choose-file';
import { useWizardT } from '../i18n';
import { INPUT_FIELDS, MAX_KIND_FILE_BYTES, parseKindItemsFile, type KindItems } from '../lib/items-file';

/**
 * Adds a draft batch from a .csv or .jsonl file whose fields are the kind's input (title, description,
 * imageUrl for categorisation; screenshotUrl, pageUrl, context for UI feedback; audioUrl, ... for audio).
 * A file too large to read in the browser is streamed to the upload endpoint (AddItemsForm does the same).
 */
export function KindItemsForm({ projectId, kind, onCreated }: { projectId: string; kind: TaskKind; onCreated(): void }) {
  const t = useWizardT();
  const tc = useT();
  const id = useId();
  const [name, setName] = useState('');
  const { token } = useAuth();
  const [file, setFile] = useState<ChosenFile<KindItems> | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [created, setCreated] = useState<number | null>(null);
  const { mutate, loading, error } = useCreateBatch();
  const upload = useFileUpload();
  const fields = INPUT_FIELDS[kind].join(', ');
  const parsed = file && 'parsed' in file ? file.parsed : null;
  const stream = file && 'stream' in file ? file.stream : null;
  const count = parsed?.items.length ?? 0;
  const blocked = stream ? upload.progress !== null : !parsed || parsed.errors.length > 0 || count === 0;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setCreated(null);
    upload.reset();
    if (!chosen) return setFile(null);
    setFile(
      await chooseItemsFile(chosen, {
        maxBytes: MAX_KIND_FILE_BYTES,
        parse: (text) => parseKindItemsFile(kind, chosen.name, chosen.size, text),
        onlyTooMany: (read) => read.errors.length === 1 && read.errors[0].message === 'tooMany',
      }),
    );
  };
  const added = (items: number) => {
    setCreated(items);
    setName('');
    setFile(null);
    setFileKey((k) => k + 1);
    onCreated();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    if (stream) {
      const result = await upload.start({ projectId, file: stream.file, format: stream.format, name, token });
      if (result) added(result.items);
    } else if (parsed) {
      const result = await mutate({ input: { projectId, name: name.trim() || undefined, items: parsed.items } });
      if (result.ok) added(result.data.createBatch.itemCount);
    }
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
      <ErrorAlert error={error ?? upload.error} />
      <TextField label={tc('items.batchName')} hint={tc('items.batchNameHint')} value={name} onChange={(e) => setName(e.target.value)} />
      <div className="field">
        <label className="field-label" htmlFor={id}>
          {t('wizard.items.file')}
        </label>
        <input key={fileKey} id={id} type="file" accept=".csv,.jsonl,.ndjson,text/csv" onChange={(e) => void onFile(e)} aria-describedby={`${id}-hint`} />
        <p id={`${id}-hint`} className="field-hint">
          {t('wizard.items.fileHint', { fields })}
        </p>
        {stream && <StreamedFileNote size={stream.file.size} />}
      </div>
      {parsed && parsed.errors.length > 0 && (
        <Alert tone="error" title={t('wizard.items.problems')}>
          <ul>
            {parsed.errors.map((e, i) => (
              <li key={i}>{describe(e)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {upload.progress && <UploadProgress {...upload.progress} onCancel={upload.cancel} />}
      <div className="spread">
        <p className="muted" aria-live="polite">
          {stream ? (upload.progress ? '' : tc('items.streamReady')) : tc('items.ready', { count })}
        </p>
        <Button type="submit" busy={loading || upload.progress !== null} disabled={blocked}>
          {stream ? tc('items.upload') : t('wizard.items.title')}
        </Button>
      </div>
    </form>
  );
}
