import type { ConsolePersonFragment, Role } from '@fourmi/api-client';
import { Alert, Button, Card, ErrorAlert, fieldErrorsOf, SelectField, Spinner, TextField, useFieldProblemText } from '@fourmi/ui';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { pageRange } from '../../results/lib/results-view';
import { PEOPLE_PAGE_SIZE, type PeopleSearch, usePeople } from '../hooks/usePeople';
import { AccountSuspensionForm } from './AccountSuspensionForm';
import type { TrailPerson } from './AuditTrailCard';
import { PasswordResetLinkForm } from './PasswordResetLinkForm';
import { PeopleTable, type PersonAction } from './PeopleTable';

const ROLES: Role[] = ['WORKER', 'REQUESTER', 'ADMIN'];

export interface PeopleCardProps {
  /** The signed-in admin, who cannot suspend their own account. */
  meId: string;
  onAudit(workerId: string): void;
  onAdjust(requester: ConsolePersonFragment): void;
  onTrail(person: TrailPerson): void;
}

/**
 * The admins' directory: find anyone by part of an email or name, then audit a worker, credit a requester,
 * read anyone's audit trail, suspend an account (and reinstate it), or make a password reset link for
 * someone who forgot theirs, each with a reason.
 */
export function PeopleCard({ meId, onAudit, onAdjust, onTrail }: PeopleCardProps) {
  const t = useT();
  const problemText = useFieldProblemText();
  const [text, setText] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  // What is shown: the search as last sent, not as it is being typed.
  const [shown, setShown] = useState<PeopleSearch>({ search: '', role: '', offset: 0 });
  const { data, error, loading, refetch } = usePeople(shown);
  const page = data?.people;
  // The person whose suspension or reset link form is open, and what the last suspension or reinstatement did.
  const [acting, setActing] = useState<{ person: ConsolePersonFragment; action: PersonAction } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const show = (next: PeopleSearch) => {
    setActing(null);
    setDone(null);
    setShown(next);
  };
  const find = (event: FormEvent) => {
    event.preventDefault();
    show({ search: text.trim(), role, offset: 0 });
  };
  const turn = (offset: number) => show({ ...shown, offset });
  const toggle = (action: PersonAction) => (person: ConsolePersonFragment) => {
    setDone(null);
    setActing(acting?.person.id === person.id && acting.action === action ? null : { person, action });
  };
  const suspensionDone = (person: ConsolePersonFragment) => {
    setActing(null);
    setDone(t(person.suspendedAt ? 'people.suspended' : 'people.reinstated', { name: person.displayName }));
    void refetch();
  };
  const { from, to } = pageRange(shown.offset, PEOPLE_PAGE_SIZE, page?.total ?? 0);

  return (
    <Card title={t('people.title')}>
      <p className="muted small">{t('people.intro')}</p>
      <form className="row" role="search" onSubmit={find}>
        <TextField label={t('people.search')} hint={t('people.searchHint')} error={fieldErrorsOf(error, problemText)['search']} type="search" value={text} onChange={(e) => setText(e.target.value)} fieldClassName="grow" />
        <SelectField label={t('people.role')} value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
          <option value="">{t('people.anyRole')}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`people.role.${r}`)}
            </option>
          ))}
        </SelectField>
        <Button type="submit" variant="secondary" busy={loading}>
          {t('people.find')}
        </Button>
      </form>
      {!page && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} shownFields={['search']} />
      {page && page.total === 0 && <p className="muted">{t('people.none')}</p>}
      {done && <Alert tone="success">{done}</Alert>}
      {page && page.items.length > 0 && (
        <PeopleTable
          people={page.items}
          meId={meId}
          onAudit={onAudit}
          onAdjust={onAdjust}
          onTrail={onTrail}
          onSuspension={toggle('suspension')}
          onResetLink={toggle('resetLink')}
          panel={
            acting && {
              personId: acting.person.id,
              action: acting.action,
              form:
                acting.action === 'suspension' ? (
                  <AccountSuspensionForm key={acting.person.id} person={acting.person} onDone={suspensionDone} onCancel={() => setActing(null)} />
                ) : (
                  <PasswordResetLinkForm key={acting.person.id} person={acting.person} onClose={() => setActing(null)} />
                ),
            }
          }
        />
      )}
      {page && page.total > 0 && (
        <div className="spread">
          <p className="muted small">{t('people.range', { from, to, total: page.total })}</p>
          {page.total > PEOPLE_PAGE_SIZE && (
            <div className="row" role="group" aria-label={t('people.pages')}>
              <Button variant="secondary" disabled={shown.offset === 0} onClick={() => turn(Math.max(0, shown.offset - PEOPLE_PAGE_SIZE))}>
                {t('people.previous')}
              </Button>
              <Button variant="secondary" disabled={shown.offset + PEOPLE_PAGE_SIZE >= page.total} onClick={() => turn(shown.offset + PEOPLE_PAGE_SIZE)}>
                {t('people.next')}
              </Button>
            </div>
          )}
        </div>
      )}
    </Card>
  );
}
