import { Alert, Button, ErrorAlert, TextAreaField, TextField, useAuth } from '@fourmi/ui';
import { useId, useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useCreateBatch } from '../hooks/useBatches';
import { useFileUpload } from '../hooks/useFileUpload';
import { chooseItemsFile, type ChosenFile } from '../lib/choose-file';
import { MAX_FILE_BYTES, parseItemsFile, parseLines, type ParsedItems } from '../lib/parse-items';
import { StreamedFileNote } from './StreamedFileNote';
import { UploadProgress } from './UploadProgress';

/**
 * Adds a draft batch: items typed one per line, or from a .csv / .jsonl file. A small file is read and
 * checked in the browser; a larger one is streamed to the upload endpoint, which checks it row by row.
 */
export function AddItemsForm({ projectId, onCreated }: { projectId: string; onCreated(): void }) {
  const t = useT();
  const fileId = useId();
  const { token } = useAuth();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<ChosenFile<ParsedItems> | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const { mutate, loading, error } = useCreateBatch();
  const upload = useFileUpload();

  const stream = file && 'stream' in file ? file.stream : null;
  const parsed = useMemo(() => (file && 'parsed' in file ? file.parsed : parseLines(text)), [file, text]);
  const count = parsed.items.length;
  const blocked = stream ? upload.progress !== null : parsed.errors.length > 0 || count === 0;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setCreated(null);
    upload.reset();
    if (!chosen) return setFile(null);
    setFile(
      await chooseItemsFile(chosen, {
        maxBytes: MAX_FILE_BYTES,
        parse: (text) => parseItemsFile(chosen.name, chosen.size, text),
        onlyTooMany: (read) => read.errors.length === 1 && read.errors[0].key === 'items.tooMany',
      }),
    );
  };

  const clearFile = () => {
    setFile(null);
    setFileKey((k) => k + 1);
  };

  const added = (items: number) => {
    setCreated(items);
    setText('');
    setName('');
    clearFile();
    onCreated();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    if (stream) {
      const result = await upload.start({ projectId, file: stream.file, format: stream.format, name, token });
      if (result) added(result.items);
      return;
    }
    const result = await mutate({ input: { projectId, name: name.trim() || undefined, items: parsed.items } });
    if (result.ok) added(result.data.createBatch.itemCount);
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      {created !== null && <Alert tone="success">{t('items.created', { count: created })}</Alert>}
      <ErrorAlert error={error ?? upload.error} />
      <TextField label={t('items.batchName')} hint={t('items.batchNameHint')} value={name} onChange={(e) => setName(e.target.value)} />
      <TextAreaField
        label={t('items.lines')}
        hint={t('items.linesHint')}
        value={text}
        rows={6}
        disabled={file !== null}
        onChange={(e) => {
          setText(e.target.value);
          setCreated(null);
        }}
      />
      <div className="field">
        <label className="field-label" htmlFor={fileId}>
          {t('items.file')}
        </label>
        <input key={fileKey} id={fileId} type="file" accept=".csv,.jsonl,.ndjson,.txt,text/csv" onChange={(e) => void onFile(e)} aria-describedby={`${fileId}-hint`} />
        <p id={`${fileId}-hint`} className="field-hint">
          {t('items.fileHint')}
        </p>
        {file && (
          <div className="row">
            <span>{t('items.fileChosen', { name: file.name })}</span>
            <Button variant="ghost" onClick={clearFile} disabled={upload.progress !== null}>
              {t('items.clearFile')}
            </Button>
          </div>
        )}
        {stream && <StreamedFileNote size={stream.file.size} />}
      </div>
      {parsed.errors.length > 0 && (
        <Alert tone="error" title={t('items.problems')}>
          <ul>
            {parsed.errors.map((e, i) => (
              <li key={i}>{e.line ? t('items.atLine', { line: e.line, problem: t(e.key) }) : t(e.key)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {upload.progress && <UploadProgress {...upload.progress} onCancel={upload.cancel} />}
      <div className="spread">
        <p className="muted" aria-live="polite">
          {stream ? (upload.progress ? '' : t('items.streamReady')) : t('items.ready', { count })}
        </p>
        <Button type="submit" busy={loading || upload.progress !== null} disabled={blocked}>
          {stream ? t('items.upload') : t('items.submit')}
        </Button>
      </div>
    </form>
  );
}
