import type { ApiError } from '@fourmi/api-client';
import { Button, ErrorAlert, toApiError, useAuth } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { downloadExport, type ExportFormat } from '../lib/export-file';

/** Downloads the project's results (each item with its answer, confidence and every answer) as CSV or JSON Lines. */
export function ExportButtons({ projectId }: { projectId: string }) {
  const t = useT();
  const { token } = useAuth();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<ApiError | undefined>();

  const download = async (format: ExportFormat) => {
    setBusy(format);
    setError(undefined);
    try {
      await downloadExport(projectId, format, token);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(null);
    }
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
