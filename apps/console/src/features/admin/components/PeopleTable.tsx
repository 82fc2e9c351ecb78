import type { ConsolePersonFragment } from '@fourmi/api-client';
import { Button, formatDateTime, formatMoney, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import type { TrailPerson } from './AuditTrailCard';

export interface PeopleTableProps {
  people: readonly ConsolePersonFragment[];
  /** Opens a worker in the quality panel. */
  onAudit(workerId: string): void;
  /** Opens the balance adjustment form for a requester. */
  onAdjust(requester: ConsolePersonFragment): void;
  /** Shows the audit trail of actions on this person (anyone can be acted on: bans, appeals, held rejections, credits). */
  onTrail(person: TrailPerson): void;
}

/** One page of people: who they are, their standing, and what an admin can do for each from here. */
export function PeopleTable({ people, onAudit, onAdjust, onTrail }: PeopleTableProps) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('people.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('people.col.person')}</th>
            <th scope="col">{t('people.col.roles')}</th>
            <th scope="col">{t('people.col.joined')}</th>
            <th scope="col">{t('people.col.status')}</th>
            <th scope="col">{t('people.col.figure')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('people.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {p.displayName} <span className="muted small">{p.email}</span>
              </th>
              <td>{p.roles.map((role) => t(`people.role.${role}`)).join(', ')}</td>
              <td>{formatDateTime(p.joinedAt, locale)}</td>
              <td>{p.banned ? t('people.banned') : t('people.active')}</td>
              <td>
                {[
                  p.answersSent !== null && t('people.answers', { count: p.answersSent }),
                  p.balanceCents !== null && t('people.balance', { amount: formatMoney(p.balanceCents, p.currency, locale) }),
                ]
                  .filter(Boolean)
                  .join(' · ') || '—'}
              </td>
              <td>
                <div className="row">
                  {p.roles.includes('WORKER') && (
                    <Button variant="secondary" aria-label={t('people.auditWho', { name: p.displayName })} onClick={() => onAudit(p.id)}>
                      {t('people.audit')}
                    </Button>
                  )}
                  {p.roles.includes('REQUESTER') && (
                    <Button variant="secondary" aria-label={t('people.adjustWho', { name: p.displayName })} onClick={() => onAdjust(p)}>
                      {t('people.adjust')}
                    </Button>
                  )}
                  <Button variant="secondary" aria-label={t('people.trailWho', { name: p.displayName })} onClick={() => onTrail({ id: p.id, name: p.displayName, email: p.email })}>
                    {t('people.trail')}
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
