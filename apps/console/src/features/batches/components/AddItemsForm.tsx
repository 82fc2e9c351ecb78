import { Alert, Button, ErrorAlert, TextAreaField, TextField } from '@fourmi/ui';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useAddItems } from '../hooks/useAddItems';
import { MAX_FILE_BYTES, parseItemsFile, parseLines } from '../lib/parse-items';
import { AddItemsSubmit } from './AddItemsSubmit';
import { StreamedFileNote } from './StreamedFileNote';

/**
 * Adds a draft batch: items typed one per line, or from a .csv / .jsonl file. A small file is read and
 * checked in the browser; a larger one is streamed to the upload endpoint, which checks it row by row.
 */
export function AddItemsForm({ projectId, onCreated }: { projectId: string; onCreated(): void }) {
  const t = useT();
  const fileId = useId();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const items = useAddItems(projectId, (chosen) => ({
    maxBytes: MAX_FILE_BYTES,
    parse: (content) => parseItemsFile(chosen.name, chosen.size, content),
    onlyTooMany: (read) => read.errors.length === 1 && read.errors[0].key === 'items.tooMany',
  }));
  const { file, stream } = items;
  const parsed = useMemo(() => items.parsed ?? parseLines(text), [items.parsed, text]);
  const count = parsed.items.length;
  const blocked = stream ? items.upload.progress !== null : parsed.errors.length > 0 || count === 0;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked || !(await items.add(name, parsed.items))) return;
    setText('');
    setName('');
    onCreated();
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      {items.created !== null && <Alert tone="success">{t('items.created', { count: items.created })}</Alert>}
      <ErrorAlert error={items.error} />
      <TextField label={t('items.batchName')} hint={t('items.batchNameHint')} value={name} onChange={(e) => setName(e.target.value)} />
      <TextAreaField
        label={t('items.lines')}
        hint={t('items.linesHint')}
        value={text}
        rows={6}
        disabled={file !== null}
        onChange={(e) => {
          setText(e.target.value);
          items.forgetCreated();
        }}
      />
      <div className="field">
        <label className="field-label" htmlFor={fileId}>
          {t('items.file')}
        </label>
        <input key={items.fileKey} id={fileId} type="file" accept=".csv,.jsonl,.ndjson,.txt,text/csv" onChange={(e) => void items.chooseFile(e.target.files?.[0])} aria-describedby={`${fileId}-hint`} />
        <p id={`${fileId}-hint`} className="field-hint">
          {t('items.fileHint')}
        </p>
        {file && (
          <div className="row">
            <span>{t('items.fileChosen', { name: file.name })}</span>
            <Button variant="ghost" onClick={items.clearFile} disabled={items.upload.progress !== null}>
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
              // String: "Row 7001" as the server and the CLI write it, not "Row 7,001".
              <li key={i}>{e.row ? t('items.atRow', { row: String(e.row), problem: t(e.key) }) : t(e.key, { column: e.column ?? '' })}</li>
            ))}
          </ul>
        </Alert>
      )}
      <AddItemsSubmit items={items} count={count} blocked={blocked} label={t('items.submit')} />
    </form>
  );
}
