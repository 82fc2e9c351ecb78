import type { ConsoleAuditEntryFragment } from '@fourmi/api-client';
import { formatDateTime, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { ProjectChanges } from '../../projects/components/ProjectChanges';
import { trailEn } from '../trail.i18n';

/** An action's words, or its code for one written by a newer API than this console knows. */
function useActionText() {
  const t = useT();
  return (action: string) => {
    const key = `trail.action.${action}`;
    return key in trailEn ? t(key as keyof typeof trailEn) : action;
  };
}

/** What an action was on when the API names nothing (a gold item; a project or person since gone). */
function useSubjectText() {
  const t = useT();
  return ({ subjectKind, subjectId }: ConsoleAuditEntryFragment) => {
    if (subjectKind === 'TASK') return t('trail.task', { id: subjectId });
    if (subjectKind === 'PROJECT') return t('trail.project', { id: subjectId });
    return subjectId;
  };
}

/** Audited actions, newest first: when, who, what, to whom, why. */
export function AuditTrailTable({ entries }: { entries: readonly ConsoleAuditEntryFragment[] }) {
  const t = useT();
  const { locale } = useLocale();
  const actionText = useActionText();
  const subjectText = useSubjectText();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t('trail.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trail.col.when')}</th>
            <th scope="col">{t('trail.col.who')}</th>
            <th scope="col">{t('trail.col.action')}</th>
            <th scope="col">{t('trail.col.about')}</th>
            <th scope="col">{t('trail.col.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <td>{formatDateTime(e.at, locale)}</td>
              <td>{e.actorName ?? t('trail.rule')}</td>
              <td>
                {actionText(e.action)}
                {e.projectChanges && <ProjectChanges changes={e.projectChanges} />}
              </td>
              <td>{e.subjectName ?? subjectText(e)}</td>
              <td>{e.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
