import type { ConsoleMassRejectionFragment } from '@fourmi/api-client';
import { formatDateTime, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useHeldWhyText } from '../hooks/useHeldWhyText';

/** What a held rejection is about: its project, when, how many answers, the requester's reason and why it was held. */
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
    </>
  );
}
