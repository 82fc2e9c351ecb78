import { formatDateTime, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useHeldWhyText } from '../../admin/hooks/useHeldWhyText';
import type { HeldRejection } from '../hooks/useHeldRejections';

/** Where the review links a held answer or a refusal naming a request. */
export const heldAnchor = (id: string) => `held-rejection-${id}`;

/**
 * The requester's rejections held by the mass-rejection guard: what waits for an admin, and (folded)
 * what the admins decided and why, so a declined request does not vanish unexplained.
 */
export function HeldRejectionsList({ list }: { list: HeldRejection[] }) {
  const t = useT();
  const pending = list.filter((h) => h.status === 'PENDING');
  const decided = list.filter((h) => h.status !== 'PENDING');
  if (!list.length) return null;
  return (
    <section className="held-rejections" aria-labelledby="held-rejections-title">
      <h3 id="held-rejections-title">{t('review.heldTitle')}</h3>
      <p className="muted small">{t('review.heldIntro')}</p>
      {pending.length > 0 && <HeldList list={pending} />}
      {decided.length > 0 && (
        <details>
          <summary>{t('review.heldDecidedList', { count: decided.length })}</summary>
          <HeldList list={decided} />
        </details>
      )}
    </section>
  );
}

function HeldList({ list }: { list: HeldRejection[] }) {
  const t = useT();
  const { locale } = useLocale();
  const whyText = useHeldWhyText();
  return (
    <ul className="plain-list">
      {list.map((held) => (
        <li key={held.id} id={heldAnchor(held.id)} tabIndex={-1}>
          <p>
            <strong>{t('review.heldRequest', { id: held.id })}</strong> · {t('review.heldCount', { count: held.assignmentIds.length })} ·{' '}
            {formatDateTime(held.createdAt, locale)} <span className={`badge badge-held-${held.status}`}>{t(`review.heldStatus.${held.status as 'PENDING'}`)}</span>
          </p>
          <p>{t('review.heldReason', { reason: held.reason })}</p>
          <p className="muted small">{t('held.why', { why: whyText(held) })}</p>
          {held.decidedAt && (
            <p>
              {t('review.heldDecided', { at: formatDateTime(held.decidedAt, locale) })}
              {held.decisionNote && <> {t('review.heldNote', { note: held.decisionNote })}</>}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
