import { Alert, Button, Card, ErrorAlert, TextAreaField } from '@fourmi/ui';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useAddGoldItems } from '../hooks/useAddGoldItems';
import { parseGoldLines } from '../lib/parse-gold';

/** Adds gold items to a project: the server checks each item and answer against the task kind. */
export function GoldItemsForm({ projectId, onAdded }: { projectId: string; onAdded?: (count: number) => void }) {
  const t = useT();
  const [text, setText] = useState('');
  const [added, setAdded] = useState<number | null>(null);
  const { mutate, loading, error } = useAddGoldItems();
  const { items, problems } = parseGoldLines(text);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problems.length || !items.length) return;
    const result = await mutate({ input: { projectId, items } });
    if (result.ok) {
      setAdded(result.data.addGoldItems.itemCount);
      setText('');
      onAdded?.(result.data.addGoldItems.itemCount);
    }
  };
  return (
    <Card title={t('gold.title')}>
      <p className="muted small">{t('gold.intro')}</p>
      <form onSubmit={(e) => void submit(e)} className="stack" noValidate>
        <ErrorAlert error={error} />
        {added !== null && <Alert tone="success">{t('gold.added', { count: added })}</Alert>}
        <TextAreaField label={t('gold.lines')} hint={t('gold.hint')} value={text} rows={5} onChange={(e) => setText(e.target.value)} />
        {problems.length > 0 && (
          <ul className="field-error">
            {problems.map((p) => (
              <li key={p.line}>{t('gold.atLine', { line: p.line, problem: t(p.problem) })}</li>
            ))}
          </ul>
        )}
        <Button type="submit" disabled={loading || problems.length > 0 || items.length === 0}>
          {t('gold.submit')}
        </Button>
      </form>
    </Card>
  );
}
