import { useUiT } from '../i18n/messages';

export interface SpinnerProps {
  label?: string;
  size?: 'small' | 'medium';
  /** Inside a button that already says what happens: hidden from assistive technology. */
  decorative?: boolean;
}

export function Spinner({ label, size = 'medium', decorative = false }: SpinnerProps) {
  const t = useUiT();
  if (decorative) return <span className={`spinner spinner-${size}`} aria-hidden="true" />;
  return (
    <span className="spinner-wrap" role="status">
      <span className={`spinner spinner-${size}`} aria-hidden="true" />
      <span className="visually-hidden">{label ?? t('ui.loading')}</span>
    </span>
  );
}

/** A centred spinner for a whole page or card that is loading. */
export function Loading({ label }: { label?: string }) {
  return (
    <div className="loading">
      <Spinner label={label} />
    </div>
  );
}
