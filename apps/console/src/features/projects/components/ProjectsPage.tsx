import { buttonClass, ErrorAlert, formatDateTime, formatMoney, formatNumber, Loading, useLocale, usePageTitle } from '@fourmi/ui';
import { Link } from 'react-router';
import { useT } from '../../../i18n';
import { BalanceCard } from '../../billing/components/BalanceCard';
import { useMyProjects } from '../hooks/useProjects';

export function ProjectsPage() {
  const t = useT();
  const { locale } = useLocale();
  usePageTitle(t('projects.title'), t('app.name'));
  const { data, error, loading, refetch } = useMyProjects();
  const projects = data?.myProjects;
  return (
    <div className="stack">
      <div className="spread">
        <h1>{t('projects.title')}</h1>
        <Link className={buttonClass('primary')} to="/projects/new">
          {t('projects.new')}
        </Link>
      </div>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <BalanceCard />
      {!projects && loading && <Loading />}
      {projects && projects.length === 0 && (
        <div className="card">
          <p>{t('projects.empty')}</p>
          <Link to="/projects/new">{t('projects.createFirst')}</Link>
        </div>
      )}
      {projects && projects.length > 0 && (
        <div className="card table-wrap">
          <table>
            <caption className="visually-hidden">{t('projects.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('projects.col.name')}</th>
                <th scope="col">{t('projects.col.kind')}</th>
                <th scope="col" className="num">{t('projects.col.reward')}</th>
                <th scope="col" className="num">{t('projects.col.overlap')}</th>
                <th scope="col" className="num">{t('stats.items')}</th>
                <th scope="col" className="num">{t('stats.completed')}</th>
                <th scope="col" className="num">{t('stats.answers')}</th>
                <th scope="col">{t('projects.col.created')}</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/projects/${encodeURIComponent(p.id)}`}>{p.name}</Link>
                  </td>
                  <td>{t(`kind.${p.kind}`)}</td>
                  <td className="num">{formatMoney(p.rewardCents, p.currency, locale)}</td>
                  <td className="num">{p.overlap}</td>
                  <td className="num">{formatNumber(locale, p.stats.items)}</td>
                  <td className="num">{formatNumber(locale, p.stats.completedItems)}</td>
                  <td className="num">{formatNumber(locale, p.stats.answers)}</td>
                  <td>{formatDateTime(p.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
