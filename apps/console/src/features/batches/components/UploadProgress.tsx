import { Button, formatPercent, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import type { UploadProgressState } from '../hooks/useFileUpload';

/** The file's bytes sent, and the rows the API has checked and written as they arrive. */
export function UploadProgress({ sentBytes, totalBytes, rows, onCancel }: UploadProgressState & { onCancel(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const sent = totalBytes > 0 ? Math.min(sentBytes / totalBytes, 1) : 0;
  return (
    <div className="stack small" aria-live="polite">
      <progress className="progress" max={1} value={sent} aria-label={t('items.uploadProgress')} />
      <div className="spread">
        <span>
          {sent < 1 ? t('items.sending', { percent: formatPercent(sent, locale) }) : t('items.writing')}
          {rows !== null && ` ${t('items.rowsWritten', { count: rows })}`}
        </span>
        <Button variant="ghost" onClick={onCancel}>
          {t('items.cancelUpload')}
        </Button>
      </div>
    </div>
  );
}
