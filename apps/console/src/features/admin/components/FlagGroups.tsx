import { formatDateTime, useLocale, useQualityFlagText, type QualityFlagLike } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { groupFlags } from '../lib/flag-groups';

type Flag = QualityFlagLike & { createdAt: string };

const KINDS = { FAST_ANSWER: 'flags.kind.FAST_ANSWER', LOW_AGREEMENT: 'flags.kind.LOW_AGREEMENT' } as const;

/** A worker's flags by kind: how many, and the newest few in words; a kind this console does not know shows by its code. */
export function FlagGroups({ flags }: { flags: readonly Flag[] }) {
  const t = useT();
  const { locale } = useLocale();
  const flagText = useQualityFlagText();
  return (
    <ul className="plain-list">
      {groupFlags(flags).map((group) => (
        <li key={group.kind} className="stack">
          <p>
            <strong>{t('flags.group', { kind: group.kind in KINDS ? t(KINDS[group.kind as keyof typeof KINDS]) : group.kind, count: group.count })}</strong>
          </p>
          {group.count > group.latest.length && <p className="muted small">{t('flags.latest', { count: group.latest.length })}</p>}
          <ul>
            {group.latest.map((f, i) => (
              <li key={i}>
                {formatDateTime(f.createdAt, locale)} — {flagText(f)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
