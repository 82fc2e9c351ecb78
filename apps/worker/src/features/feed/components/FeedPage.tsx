import { Button, ErrorAlert, Loading, usePageTitle } from '@fourmi/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { useT } from '../../../i18n';
import { EarningsWidget } from '../../earnings/components/EarningsWidget';
import { LevelLine } from '../../standing/components/LevelLine';
import { useAvailableProjects } from '../hooks/useAvailableProjects';
import { ProjectCard } from './ProjectCard';

export function FeedPage() {
  const t = useT();
  usePageTitle(t('feed.title'), t('app.name'));
  const { data, error, loading, refetch } = useAvailableProjects();
  const projects = data?.availableProjects;
  // The button spins only for a refresh asked for, not for the background polling.
  const [refreshing, setRefreshing] = useState(false);
  const refresh = async () => {
    setRefreshing(true);
    await refetch();
    setRefreshing(false);
  };
  return (
    <div className="stack">
      <div className="spread">
        <h1>{t('feed.title')}</h1>
        <Button variant="secondary" onClick={() => void refresh()} busy={refreshing}>
          {t('feed.refresh')}
        </Button>
      </div>
      <LevelLine />
      <p className="muted small">
        {t('feed.languagesHint')} <Link to="/profile">{t('feed.toProfile')}</Link>
      </p>
      <EarningsWidget />
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {!projects && loading && <Loading />}
      {projects && projects.length === 0 && <p className="empty">{t('feed.empty')}</p>}
      {projects && projects.length > 0 && (
        <div className="grid" aria-label={t('feed.listLabel')} role="list">
          {projects.map((project) => (
            <div role="listitem" key={project.id}>
              <ProjectCard project={project} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
