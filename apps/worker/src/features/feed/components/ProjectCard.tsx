import type { WorkerAvailableProjectsQuery } from '@fourmi/api-client';
import { isKindSupported } from '@fourmi/task-ui';
import { buttonClass, Card, formatMoney, useLocale } from '@fourmi/ui';
import { Link } from 'react-router';
import { useT } from '../../../i18n';
import { formatAvailableTasks } from '../lib/available-tasks';

type WorkProject = WorkerAvailableProjectsQuery['availableProjects'][number];

export function ProjectCard({ project }: { project: WorkProject }) {
  const t = useT();
  const { locale } = useLocale();
  const supported = isKindSupported(project.kind);
  return (
    <Card title={project.name} className="project-card">
      <dl className="stats">
        <div>
          <dt>{t('feed.reward')}</dt>
          <dd>{formatMoney(project.rewardCents, project.currency, locale)}</dd>
        </div>
        <div>
          <dt>{t('feed.available')}</dt>
          <dd>{formatAvailableTasks(project.availableTasks, project.moreTasksAvailable, locale)}</dd>
        </div>
        <div>
          <dt>{t('feed.hourly')}</dt>
          <dd>
            {project.hourlyRateCents === null
              ? t('feed.hourlyUnknown')
              : t('feed.hourlyValue', { amount: formatMoney(project.hourlyRateCents, project.currency, locale) })}
          </dd>
        </div>
      </dl>
      <div className="row card-footer">
        {supported ? (
          <Link className={buttonClass('primary')} to={`/work/${encodeURIComponent(project.id)}`} aria-label={t('feed.startFor', { name: project.name })}>
            {t('feed.start')}
          </Link>
        ) : (
          <p className="muted small">{t('feed.unsupported')}</p>
        )}
        <Link
          className={buttonClass('ghost')}
          to={`/projects/${encodeURIComponent(project.id)}/standing`}
          state={{ name: project.name }}
          aria-label={t('feed.standingFor', { name: project.name })}
        >
          {t('feed.standing')}
        </Link>
      </div>
    </Card>
  );
}
