import { useT } from '../../../i18n';

/** Says that a chosen file is too large to check in the browser: the server checks it as it arrives. */
export function StreamedFileNote({ size }: { size: number }) {
  const t = useT();
  return <p className="muted small">{t('items.streamed', { size: Math.round((size / (1024 * 1024)) * 10) / 10 })}</p>;
}
