import { Alert, Button, ErrorAlert, TextAreaField, TextField } from '@fourmi/ui';
import { useId, useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useCreateBatch } from '../hooks/useBatches';
import { parseItemsFile, parseLines, type ParsedItems } from '../lib/parse-items';

/** Adds a draft batch: items typed one per line, or read from a small .csv / .jsonl file in the browser. */
export function AddItemsForm({ projectId, onCreated }: { projectId: string; onCreated(): void }) {
  const t = useT();
  const fileId = useId();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; parsed: ParsedItems } | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const { mutate, loading, error } = useCreateBatch();

  const parsed = useMemo(() => file?.parsed ?? parseLines(text), [file, text]);
  const count = parsed.items.length;
  const blocked = parsed.errors.length > 0 || count === 0;

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setCreated(null);
    if (!chosen) return setFile(null);
    const content = await chosen.text();
    setFile({ name: chosen.name, parsed: parseItemsFile(chosen.name, chosen.size, content) });
  };

  const clearFile = () => {
    setFile(null);
    setFileKey((k) => k + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (blocked) return;
    const result = await mutate({ input: { projectId, name: name.trim() || undefined, items: parsed.items } });
    if (!result.ok) return;
    setCreated(result.data.createBatch.itemCount);
    setText('');
    setName('');
    clearFile();
    onCreated();
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      {created !== null && <Alert tone="success">{t('items.created', { count: created })}</Alert>}
      <ErrorAlert error={error} />
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
            <Button variant="ghost" onClick={clearFile}>
              {t('items.clearFile')}
            </Button>
          </div>
        )}
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
      <div className="spread">
        <p className="muted" aria-live="polite">
          {t('items.ready', { count })}
        </p>
        <Button type="submit" busy={loading} disabled={blocked}>
          {t('items.submit')}
        </Button>
      </div>
    </form>
  );
}
