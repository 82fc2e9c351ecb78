import { Button, ErrorAlert, startDownload } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { useExportLink } from '../hooks/useExportLink';
import type { ExportFormat } from '../lib/export-file';

/** Downloads the project's results (each item with its answer, confidence and every answer) as CSV or JSON Lines. */
export function ExportButtons({ projectId }: { projectId: string }) {
  const t = useT();
  const { mutate, error } = useExportLink();
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const download = async (format: ExportFormat) => {
    setBusy(format);
    // The API checks the project and the format first, so a refusal shows here; the file then streams to disk.
    const result = await mutate({ projectId, format });
    setBusy(null);
    if (result.ok) startDownload(result.data.createExportLink.url);
  };

  return (
    <div className="stack">
      <ErrorAlert error={error} />
      <div className="row">
        <Button variant="secondary" busy={busy === 'csv'} disabled={busy !== null} onClick={() => void download('csv')}>
          {t('results.downloadCsv')}
        </Button>
        <Button variant="secondary" busy={busy === 'jsonl'} disabled={busy !== null} onClick={() => void download('jsonl')}>
          {t('results.downloadJsonl')}
        </Button>
      </div>
      <p className="muted small">{t('results.downloadHint')}</p>
    </div>
  );
}
