import type { LiveStatus } from '@fourmi/api-client';
import { REFRESH_MS } from '../../../app/config';
import { useT } from '../../../i18n';

/** Says whether the page follows progress as it happens, or by its periodic refresh while the socket is down. */
export function LiveBadge({ status }: { status: LiveStatus | null }) {
  const t = useT();
  if (!status) return null;
  return (
    <span className={`live-badge live-${status}`} role="status">
      {t(`live.${status}`, { seconds: REFRESH_MS / 1000 })}
    </span>
  );
}
