import { Card, ErrorAlert, formatMoney, formatNumber, Loading, Markdown, useLocale, usePageTitle } from '@fourmi/ui';
import { Link, useParams } from 'react-router';
import { useT } from '../../../i18n';
import { AddItemsForm } from '../../batches/components/AddItemsForm';
import { BatchList } from '../../batches/components/BatchList';
import { LiveBadge } from '../../batches/components/LiveBadge';
import { useLiveProgress } from '../../batches/hooks/useLiveProgress';
import { BalanceCard } from '../../billing/components/BalanceCard';
import { FairPayCard } from '../../billing/components/FairPayCard';
import { ReviewSection } from '../../review/components/ReviewSection';
import { WebhooksSection } from '../../webhooks/components/WebhooksSection';
import { GoldSection } from '../../gold/components/GoldSection';
import { GoldContestsCard } from '../../quality/components/GoldContestsCard';
import { QualityCard } from '../../quality/components/QualityCard';
import { ExportButtons } from '../../results/components/ExportButtons';
import { ResultsTable } from '../../results/components/ResultsTable';
import { KindItemsForm } from '../../wizard/components/KindItemsForm';
import { useProject } from '../hooks/useProjects';
import { EditProjectForm } from './EditProjectForm';
import { ProjectHistoryCard } from './ProjectHistoryCard';
import { ProjectRulesCard } from './ProjectRulesCard';

export function ProjectPage() {
  const t = useT();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useProject(id);
  const project = data?.project;
  const live = useLiveProgress(project?.batches ?? [], () => void refetch());
  usePageTitle(project?.name ?? t('project.title'), t('app.name'));

  if (!project) {
    return (
      <div className="stack">
        {loading ? <Loading /> : <ErrorAlert error={error} onRetry={() => void refetch()} />}
        <p>
          <Link to="/">{t('project.back')}</Link>
        </p>
      </div>
    );
  }

  const { stats } = project;
  return (
    <div className="stack">
      <p className="small">
        <Link to="/">{t('project.back')}</Link>
      </p>
      <div>
        <h1>{project.name}</h1>
        <p className="muted">
          {t(`kind.${project.kind}`)} · {t('project.rewardLine', { amount: formatMoney(project.rewardCents, project.currency, locale) })} ·{' '}
          {t('project.overlapLine', { count: project.overlap })} · {t('project.leaseLine', { seconds: project.leaseSeconds })}
        </p>
      </div>
      <ErrorAlert error={error} />

      <Card title={t('project.progress')} actions={<LiveBadge status={live} />}>
        <dl className="stats">
          <div>
            <dt>{t('stats.items')}</dt>
            <dd>{formatNumber(locale, stats.items)}</dd>
          </div>
          <div>
            <dt>{t('stats.open')}</dt>
            <dd>{formatNumber(locale, stats.openItems)}</dd>
          </div>
          <div>
            <dt>{t('stats.completed')}</dt>
            <dd>{formatNumber(locale, stats.completedItems)}</dd>
          </div>
          <div>
            <dt>{t('stats.answers')}</dt>
            <dd>{formatNumber(locale, stats.answers)}</dd>
          </div>
        </dl>
        {stats.items > 0 && (
          <progress className="progress" max={stats.items} value={stats.completedItems} aria-label={t('project.completion')}>
            {stats.completedItems}/{stats.items}
          </progress>
        )}
      </Card>

      {project.instructions.trim() && (
        <details className="card">
          <summary>{t('project.instructions')}</summary>
          <Markdown source={project.instructions} />
        </details>
      )}

      <ProjectRulesCard rules={project.qualityRules} />

      <EditProjectForm projectId={project.id} name={project.name} instructions={project.instructions} goldRatio={project.goldRatio} onSaved={() => void refetch()} />
      <ProjectHistoryCard projectId={project.id} version={JSON.stringify([project.name, project.instructions, project.goldRatio])} />

      <BalanceCard version={project.batches.map((b) => b.status).join(',')} />
      <FairPayCard projectId={project.id} />

      <Card title={t('batches.title')}>
        <BatchList batches={project.batches} currency={project.currency} onChanged={() => void refetch()} />
      </Card>

      <Card title={t('items.title')}>
        {project.kind === 'CLASSIFICATION' || project.kind === 'MULTI_LABEL' ? (
          <AddItemsForm projectId={project.id} onCreated={() => void refetch()} />
        ) : (
          <KindItemsForm projectId={project.id} kind={project.kind} onCreated={() => void refetch()} />
        )}
      </Card>

      <Card title={t('results.title')}>
        <ResultsTable
          projectId={project.id}
          kind={project.kind}
          config={project.config}
          version={`${stats.items}:${stats.answers}:${stats.completedItems}`}
        />
        <ExportButtons projectId={project.id} />
      </Card>

      <QualityCard projectId={project.id} currency={project.currency} version={`${stats.answers}:${stats.completedItems}`} />

      <ReviewSection projectId={project.id} config={project.config} currency={project.currency} version={`${stats.answers}`} />

      <GoldSection projectId={project.id} config={project.config} />
      <GoldContestsCard projectId={project.id} />
      <WebhooksSection projectId={project.id} />
    </div>
  );
}
