import { Alert, Button, Card, ErrorAlert, formatDateTime, formatMoney, formatNumber, formatPercent, Spinner, TextField, useLocale, useRefetchOnChange } from '@fourmi/ui';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useWorkerQuality } from '../hooks/useAdmin';
import { cleanId } from '../lib/admin-forms';
import { banScope } from '../lib/ban-scope';
import { formatWeek } from '../lib/week';
import type { TrailPerson } from './AuditTrailCard';
import { FlagGroups } from './FlagGroups';
import { LiftBanForm } from './LiftBanForm';
import type { WorkerProject } from './ProjectField';
import { ReturnAnswersForm } from './ReturnAnswersForm';

/** Looks a worker up by id: skills with their intervals, bans (each can be lifted), flags and pace. */
export function WorkerQualityPanel({
  workerId,
  onWorkerId,
  onProjects,
  onTrail,
  version,
}: {
  workerId: string;
  onWorkerId(id: string): void;
  onProjects(projects: readonly WorkerProject[]): void;
  /** Opens the audit trail of actions on this worker. */
  onTrail(person: TrailPerson): void;
  version: number;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [text, setText] = useState(workerId);
  const fieldId = useId();
  // A worker chosen elsewhere on the page (people, the list to review, a ban) shows in the field too,
  // and the focus comes here, where their audit opens.
  useEffect(() => {
    setText(workerId);
    if (workerId) document.getElementById(fieldId)?.focus();
  }, [workerId, fieldId]);
  const [idError, setIdError] = useState<string | undefined>();
  const [lifted, setLifted] = useState(false);
  const { data, error, loading, refetch } = useWorkerQuality(workerId);
  useRefetchOnChange(version, () => workerId && refetch());
  const quality = workerId && data?.workerQuality.workerId === workerId ? data.workerQuality : undefined;
  // The ban form below offers this worker's projects by name.
  const projects = quality?.projects;
  useEffect(() => onProjects(projects ?? []), [projects, onProjects]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = cleanId(text);
    if (!id) return setIdError(t(text.trim() ? 'admin.idInvalid' : 'admin.required'));
    setIdError(undefined);
    setLifted(false);
    if (id === workerId) void refetch();
    else onWorkerId(id);
  };

  return (
    <Card title={t('admin.quality')}>
      <form className="row" onSubmit={submit}>
        <TextField id={fieldId} label={t('admin.workerId')} value={text} error={idError} onChange={(e) => setText(e.target.value)} fieldClassName="grow" />
        <Button type="submit" variant="secondary" busy={loading && Boolean(workerId)}>
          {t('admin.lookUp')}
        </Button>
      </form>
      {workerId && !quality && loading && <Spinner />}
      {workerId && <ErrorAlert error={error} />}
      {lifted && <Alert tone="success">{t('admin.lifted')}</Alert>}
      {quality && (
        <div className="stack" aria-label={t('admin.quality')}>
          <div className="spread">
            <h3>{t('admin.auditOf', { name: quality.displayName, email: quality.email })}</h3>
            <Button variant="secondary" onClick={() => onTrail({ id: quality.workerId, name: quality.displayName, email: quality.email })}>
              {t('trail.open')}
            </Button>
          </div>
          <dl className="stats">
            <div>
              <dt>{t('admin.submitted')}</dt>
              <dd>{formatNumber(locale, quality.submitted)}</dd>
            </div>
            <div>
              <dt>{t('admin.median')}</dt>
              <dd>{quality.medianSeconds === null ? t('admin.noMedian') : t('admin.seconds', { count: Math.round(quality.medianSeconds * 10) / 10 })}</dd>
            </div>
            <div>
              <dt>{t('audit.agreement')}</dt>
              <dd>
                {quality.agreement === null ? '—' : formatPercent(quality.agreement, locale)}
                <span className="stat-note muted small">{t('admin.agreementOver', { count: quality.agreementAnswers })}</span>
              </dd>
            </div>
            <div>
              <dt>{t('audit.rejected')}</dt>
              <dd>{formatNumber(locale, quality.rejected)}</dd>
            </div>
            <div>
              <dt>{t('audit.earned')}</dt>
              <dd>{formatMoney(quality.acceptedRewardCents, 'EUR', locale)}</dd>
            </div>
          </dl>

          <h3>{t('audit.history')}</h3>
          {quality.history.length === 0 ? (
            <p className="muted">{t('audit.noHistory')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('audit.history')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.week')}</th>
                    <th scope="col" className="num">{t('audit.answers')}</th>
                    <th scope="col" className="num">{t('audit.goldAccuracy')}</th>
                    <th scope="col" className="num">{t('audit.rejected')}</th>
                    <th scope="col" className="num">{t('audit.flags')}</th>
                  </tr>
                </thead>
                <tbody>
                  {quality.history.map((week) => (
                    <tr key={String(week.week)}>
                      <td>{formatWeek(week.week, locale)}</td>
                      <td className="num">{formatNumber(locale, week.answers)}</td>
                      <td className="num">{week.goldAccuracy === null ? '—' : formatPercent(week.goldAccuracy, locale)}</td>
                      <td className="num">{formatNumber(locale, week.rejected)}</td>
                      <td className="num">{formatNumber(locale, week.flags)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <h3>{t('admin.bans')}</h3>
          {quality.bans.length === 0 ? (
            <p className="muted">{t('admin.noBans')}</p>
          ) : (
            <ul className="plain-list">
              {quality.bans.map((ban) => (
                <li key={ban.id} className="ban">
                  <p>
                    <strong>{t(banScope(ban).key, banScope(ban).vars)}</strong> ·{' '}
                    {t('admin.since', { date: formatDateTime(ban.since, locale) })}
                  </p>
                  <p>{ban.reason}</p>
                  <LiftBanForm
                    banId={ban.id}
                    onLifted={() => {
                      setLifted(true);
                      void refetch();
                    }}
                  />
                </li>
              ))}
            </ul>
          )}

          <h3>{t('admin.skills')}</h3>
          {quality.skills.length === 0 ? (
            <p className="muted">{t('admin.noSkills')}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t('admin.skills')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('admin.col.skill')}</th>
                    <th scope="col" className="num">{t('admin.col.value')}</th>
                    <th scope="col">{t('admin.col.interval')}</th>
                    <th scope="col" className="num">{t('admin.col.evidence')}</th>
                  </tr>
                </thead>
                <tbody>
                  {quality.skills.map((s) => (
                    <tr key={s.skill}>
                      <th scope="row">{s.projectName ? t('admin.banScopeProject', { name: s.projectName }) : <code>{s.skill}</code>}</th>
                      <td className="num">{formatPercent(s.value, locale)}</td>
                      <td>
                        {formatPercent(s.lower, locale)} – {formatPercent(s.upper, locale)}
                      </td>
                      <td className="num">{formatNumber(locale, s.evidence)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <h3>{t('admin.flags')}</h3>
          {quality.flags.length === 0 ? (
            <p className="muted">{t('admin.noFlags')}</p>
          ) : (
            <FlagGroups flags={quality.flags} />
          )}

          <ReturnAnswersForm key={quality.workerId} workerId={quality.workerId} projects={quality.projects} />
        </div>
      )}
    </Card>
  );
}
