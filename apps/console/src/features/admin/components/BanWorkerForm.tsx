import { Alert, Button, Card, ErrorAlert, fieldErrorsOf, TextField, useFieldProblemText } from '@fourmi/ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useBanWorker } from '../hooks/useAdmin';
import { parseBan } from '../lib/admin-forms';
import { ProjectField, type WorkerProject } from './ProjectField';

/**
 * Bans a worker from one project or from every project, with a reason (audited). The audited worker's
 * projects are offered by name; another worker's project is given by its id.
 */
export function BanWorkerForm({ workerId, projects, onBanned }: { workerId: string; projects: readonly WorkerProject[]; onBanned(workerId: string): void }) {
  const t = useT();
  const problemText = useFieldProblemText();
  const { mutate, loading, error } = useBanWorker();
  const [worker, setWorker] = useState(workerId);
  const [project, setProject] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [banned, setBanned] = useState<string | null>(null);
  const server = fieldErrorsOf(error, problemText);
  const known = worker.trim() === workerId ? projects : [];

  // A worker chosen elsewhere on the page (audited, picked from a list) fills the form with them.
  useEffect(() => {
    setWorker(workerId);
    setProject('');
    setErrors({});
  }, [workerId]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBanned(null);
    const parsed = parseBan(worker, project, reason);
    if (!parsed.ok) {
      const e = parsed.errors;
      return setErrors({ workerId: e.workerId && t(e.workerId), projectId: e.projectId && t(e.projectId), reason: e.reason && t(e.reason) });
    }
    setErrors({});
    const result = await mutate({ workerId: parsed.workerId, projectId: parsed.projectId, reason: parsed.reason });
    if (!result.ok) return;
    setBanned(result.data.banWorker);
    setReason('');
    onBanned(parsed.workerId);
  };

  return (
    <Card title={t('admin.ban')}>
      {banned && <Alert tone="success">{t('admin.banned', { id: banned })}</Alert>}
      <ErrorAlert error={error} shownFields={['workerId', 'projectId', 'reason']} />
      <form className="stack" onSubmit={(e) => void submit(e)}>
        <TextField label={t('admin.workerId')} value={worker} error={errors['workerId'] ?? server['workerId']} onChange={(e) => setWorker(e.target.value)} />
        <ProjectField
          label={t(known.length ? 'admin.banProjectPick' : 'admin.banProject')}
          value={project}
          projects={known}
          everyProject={t('admin.banScopeAll')}
          error={errors['projectId'] ?? server['projectId']}
          onChange={setProject}
        />
        <TextField label={t('admin.reason')} value={reason} required error={errors['reason'] ?? server['reason']} onChange={(e) => setReason(e.target.value)} />
        <div>
          <Button type="submit" variant="danger" busy={loading}>
            {t('admin.banSubmit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
