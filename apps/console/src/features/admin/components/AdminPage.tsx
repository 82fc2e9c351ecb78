import { Alert, Loading, usePageTitle } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { useSession } from '../../auth/hooks/useSession';
import { GoldContestsCard } from '../../quality/components/GoldContestsCard';
import { AppealsCard } from './AppealsCard';
import { AuditTrailCard, type TrailPerson } from './AuditTrailCard';
import { BanWorkerForm } from './BanWorkerForm';
import { HeldRejectionsCard } from './HeldRejectionsCard';
import { LedgerAuditCard } from './LedgerAuditCard';
import { MoneyAdminCard, type PickedRequester } from './MoneyAdminCard';
import { PeopleCard } from './PeopleCard';
import type { WorkerProject } from './ProjectField';
import { WorkerQualityPanel } from './WorkerQualityPanel';
import { WorkersToReviewCard } from './WorkersToReviewCard';

/** The admin area: who you are, worker quality and bans, balances and payments. Others are told clearly it is not for them. */
export function AdminPage() {
  const t = useT();
  usePageTitle(t('admin.title'), t('app.name'));
  const { user } = useSession();
  const [workerId, setWorkerId] = useState('');
  const [version, setVersion] = useState(0);
  const [requester, setRequester] = useState<PickedRequester | null>(null);
  const [projects, setProjects] = useState<readonly WorkerProject[]>([]);
  const [trailOf, setTrailOf] = useState<TrailPerson | null>(null);

  if (!user) return <Loading />;
  if (!user.roles.includes('ADMIN')) {
    return (
      <div className="stack">
        <h1>{t('admin.title')}</h1>
        <Alert tone="error" title={t('admin.denied')}>
          <p>{t('admin.deniedBody', { name: user.displayName, email: user.email })}</p>
        </Alert>
      </div>
    );
  }
  return (
    <div className="stack">
      <h1>{t('admin.title')}</h1>
      <p className="muted">{t('admin.signedInAs', { name: user.displayName, email: user.email })}</p>
      <PeopleCard
        meId={user.id}
        onAudit={setWorkerId}
        onAdjust={(p) => setRequester((last) => ({ id: p.id, displayName: p.displayName, email: p.email, pick: (last?.pick ?? 0) + 1 }))}
        onTrail={setTrailOf}
      />
      <WorkersToReviewCard onAudit={setWorkerId} />
      <WorkerQualityPanel workerId={workerId} onWorkerId={setWorkerId} onProjects={setProjects} onTrail={setTrailOf} version={version} />
      <BanWorkerForm
        workerId={workerId}
        projects={projects}
        onBanned={(id) => {
          setWorkerId(id);
          setVersion((v) => v + 1);
        }}
      />
      <AppealsCard />
      <HeldRejectionsCard />
      <GoldContestsCard />
      <MoneyAdminCard requester={requester} />
      <LedgerAuditCard />
      <AuditTrailCard key={trailOf?.id ?? ''} person={trailOf} onEveryone={() => setTrailOf(null)} />
    </div>
  );
}
