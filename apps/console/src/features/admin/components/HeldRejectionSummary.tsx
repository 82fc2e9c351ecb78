import type { ConsoleMassRejectionFragment } from '@fourmi/api-client';
import { formatDateTime, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useHeldWhyText } from '../hooks/useHeldWhyText';

/** What a held rejection is about: its project, when, how many answers and whose, the requester's reason and why it was held. */
export function HeldRejectionSummary({ held }: { held: ConsoleMassRejectionFragment }) {
  const t = useT();
  const { locale } = useLocale();
  const whyText = useHeldWhyText();
  return (
    <>
      <p>
        <strong>{held.projectName}</strong> · {formatDateTime(held.createdAt, locale)} · {t('held.count', { count: held.assignmentIds.length })}
      </p>
      <p>{t('held.reason', { reason: held.reason })}</p>
      <p>{t('held.why', { why: whyText(held) })}</p>
      {held.workers.length > 0 && (
        <div>
          <p>{t('held.workers')}</p>
          <ul>
            {held.workers.map((w) => (
              <li key={w.id}>{t('held.worker', { name: w.name, email: w.email, count: w.answers })}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
