import type { ConsolePersonFragment } from '@fourmi/api-client';
import { Button, formatDateTime, formatMoney, useLocale } from '@fourmi/ui';
import { Fragment, useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../../i18n';
import type { TrailPerson } from './AuditTrailCard';

const COLUMNS = 6;

export interface PeopleTableProps {
  people: readonly ConsolePersonFragment[];
  /** The signed-in admin, who cannot suspend their own account. */
  meId: string;
  /** Opens a worker in the quality panel. */
  onAudit(workerId: string): void;
  /** Opens the balance adjustment form for a requester. */
  onAdjust(requester: ConsolePersonFragment): void;
  /** Shows the audit trail of actions on this person (anyone can be acted on: bans, appeals, held rejections, credits). */
  onTrail(person: TrailPerson): void;
  /** Opens or closes the form that suspends a person's account, or reinstates it when it is suspended. */
  onSuspension(person: ConsolePersonFragment): void;
  /** Opens or closes the form that makes a password reset link for a person who forgot theirs. */
  onResetLink(person: ConsolePersonFragment): void;
  /** The form of one of these actions, open under its person's row. */
  panel?: { personId: string; action: PersonAction; form: ReactNode } | null;
}

/** The row actions that open a form under the row. */
export type PersonAction = 'suspension' | 'resetLink';

/** A person's standing: suspended (since when, and why), banned from work, or active. */
function Standing({ person: p }: { person: ConsolePersonFragment }) {
  const t = useT();
  const { locale } = useLocale();
  if (!p.suspendedAt && !p.banned) return <>{t('people.active')}</>;
  return (
    <>
      {p.suspendedAt && (
        <div>
          <strong>{t('people.suspendedSince', { date: formatDateTime(p.suspendedAt, locale) })}</strong>
        </div>
      )}
      {p.suspendedAt && p.suspensionReason && <div className="muted small">{t('people.suspensionReason', { reason: p.suspensionReason })}</div>}
      {p.banned && <div>{t('people.banned')}</div>}
    </>
  );
}

/** One page of people: who they are, their standing, and what an admin can do for each from here. */
export function PeopleTable({ people, meId, onAudit, onAdjust, onTrail, onSuspension, onResetLink, panel }: PeopleTableProps) {
  const t = useT();
  const { locale } = useLocale();
  const openFor = panel?.personId ?? null;
  const isOpen = (action: PersonAction, personId: string) => panel?.action === action && openFor === personId;
  // When a form closes (done or cancelled), the keyboard focus goes back to the button that opened it.
  const idPrefix = useId();
  const buttonId = (action: PersonAction, personId: string) => `${idPrefix}${action}-${personId}`;
  const open = panel ? buttonId(panel.action, panel.personId) : null;
  const lastOpen = useRef(open);
  useEffect(() => {
    if (lastOpen.current && !open) document.getElementById(lastOpen.current)?.focus();
    lastOpen.current = open;
  }, [open]);

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
            <Fragment key={p.id}>
              <tr>
                <th scope="row">
                  {p.displayName} <span className="muted small">{p.email}</span>
                </th>
                <td>{p.roles.map((role) => t(`people.role.${role}`)).join(', ')}</td>
                <td>{formatDateTime(p.joinedAt, locale)}</td>
                <td>
                  <Standing person={p} />
                </td>
                <td>
                  {[
                    p.answersSent !== null && t('people.answers', { count: p.answersSent }),
                    p.level !== null && t('people.level', { level: p.level }),
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
                    {/* The API refuses an admin's own suspension: not offered. */}
                    {(p.suspendedAt || p.id !== meId) && (
                      <Button
                        id={buttonId('suspension', p.id)}
                        variant="secondary"
                        aria-label={t(p.suspendedAt ? 'people.reinstateWho' : 'people.suspendWho', { name: p.displayName })}
                        aria-expanded={isOpen('suspension', p.id)}
                        onClick={() => onSuspension(p)}
                      >
                        {t(p.suspendedAt ? 'people.reinstate' : 'people.suspend')}
                      </Button>
                    )}
                    {/* Not for one's own account (the Account page changes it), nor a suspended one (the API refuses its reset). */}
                    {p.id !== meId && !p.suspendedAt && (
                      <Button
                        id={buttonId('resetLink', p.id)}
                        variant="secondary"
                        aria-label={t('people.resetLinkWho', { name: p.displayName })}
                        aria-expanded={isOpen('resetLink', p.id)}
                        onClick={() => onResetLink(p)}
                      >
                        {t('people.resetLink')}
                      </Button>
                    )}
                  </div>
                </td>
              </tr>
              {panel && openFor === p.id && (
                <tr>
                  <td colSpan={COLUMNS}>{panel.form}</td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
