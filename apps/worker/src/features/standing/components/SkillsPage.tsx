import { Card, ErrorAlert, formatNumber, formatPercent, Loading, useLocale, usePageTitle } from '@fourmi/ui';
import { Link } from 'react-router';
import { useT } from '../../../i18n';
import { useSkillName } from '../hooks/useSkillName';
import { useMySkills } from '../hooks/useStanding';
import { skillScope } from '../lib/rules-in-words';
import { LevelCard } from './LevelCard';

/**
 * The worker's level first (what projects asking one look at), then their skills with their intervals;
 * project skills lead to that project's rules and standing.
 */
export function SkillsPage() {
  const t = useT();
  const { locale } = useLocale();
  usePageTitle(t('skills.title'), t('app.name'));
  const { data, error, loading, refetch } = useMySkills();
  const skillName = useSkillName();
  const skills = data?.mySkills;

  return (
    <div className="stack">
      <h1>{t('skills.title')}</h1>
      {data && <p className="small">{t('skills.workerId', { id: data.me.id })}</p>}
      <LevelCard />
      <Card title={t('skills.yours')}>
        <p className="muted">{t('skills.intro')}</p>
        {!skills && (loading ? <Loading /> : <ErrorAlert error={error} onRetry={() => void refetch()} />)}
        {skills && skills.length === 0 && <p className="empty">{t('skills.empty')}</p>}
        {skills && skills.length > 0 && (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('skills.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('skills.col.skill')}</th>
                  <th scope="col" className="num">{t('skills.col.value')}</th>
                  <th scope="col">{t('skills.col.interval')}</th>
                  <th scope="col" className="num">{t('skills.col.evidence')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('skills.standingLink')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {skills.map((s) => {
                  const { scope, target } = skillScope(s.skill);
                  const label = skillName(s.skill, s.projectName);
                  return (
                    <tr key={s.skill}>
                      <th scope="row">{label}</th>
                      <td className="num">{formatPercent(s.value, locale)}</td>
                      <td>
                        {formatPercent(s.lower, locale)} – {formatPercent(s.upper, locale)}
                      </td>
                      <td className="num">{formatNumber(locale, s.evidence)}</td>
                      <td>
                        {scope === 'project' && (
                          <Link to={`/projects/${encodeURIComponent(target)}/standing`} aria-label={s.projectName ? t('feed.standingFor', { name: s.projectName }) : t('skills.standingFor', { id: target.slice(0, 8) })}>
                            {t('skills.standingLink')}
                          </Link>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
