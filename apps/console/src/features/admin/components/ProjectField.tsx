import type { ConsoleWorkerQualityQuery } from '@fourmi/api-client';
import { SelectField, TextField } from '@fourmi/ui';
import { useT } from '../../../i18n';

export type WorkerProject = ConsoleWorkerQualityQuery['workerQuality']['projects'][number];

interface Props {
  label: string;
  value: string;
  error?: string;
  /** The audited worker's projects; none known: the id is pasted. */
  projects: readonly WorkerProject[];
  /** The choice of no project (a ban everywhere); absent, a project must be chosen. */
  everyProject?: string;
  onChange(projectId: string): void;
}

/** A project of the audited worker, chosen by its name; an id is typed only when none is known. */
export function ProjectField({ label, value, error, projects, everyProject, onChange }: Props) {
  const t = useT();
  if (projects.length === 0) return <TextField label={label} value={value} error={error} required={!everyProject} onChange={(e) => onChange(e.target.value)} />;
  return (
    <SelectField label={label} value={value} error={error} required={!everyProject} onChange={(e) => onChange(e.target.value)}>
      <option value="">{everyProject ?? t('admin.pickProject')}</option>
      {projects.map((p) => (
        <option key={p.projectId} value={p.projectId}>
          {t('admin.projectOption', { name: p.projectName, count: p.answers })}
        </option>
      ))}
    </SelectField>
  );
}
