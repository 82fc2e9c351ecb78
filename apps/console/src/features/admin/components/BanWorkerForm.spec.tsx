import { ApiProvider, I18nProvider, type Locale } from '@fourmi/ui';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BanWorkerForm } from './BanWorkerForm';
import type { WorkerProject } from './ProjectField';
import { ReturnAnswersForm } from './ReturnAnswersForm';

const worker = '8997018b-0a55-49a9-a71f-e1983c917e71';
const projects: WorkerProject[] = [
  { projectId: 'ec76cee0-9059-43f0-9a5b-04daf5940992', projectName: 'Avis clients', answers: 18 },
  { projectId: 'f75404a4-960d-41c4-9e55-a5e119097b28', projectName: 'Modération', answers: 1 },
];

const render = (locale: Locale, node: ReactElement) =>
  renderToStaticMarkup(
    <ApiProvider tokenKey="spec.token">
      <I18nProvider storageKey="spec.locale" userLocale={locale}>
        {node}
      </I18nProvider>
    </ApiProvider>,
  );

describe('the ban and send-back forms of an audited worker', () => {
  // As in MoneyAdminCard.spec: the API provider needs a page address, never a socket, on Node.
  beforeAll(() => {
    vi.stubGlobal('window', { location: { href: 'http://localhost/admin' } });
    vi.stubGlobal('WebSocket', class {});
  });
  afterAll(() => vi.unstubAllGlobals());

  it('offers the worker’s projects by name, every project first, with no id to paste', () => {
    const html = render('en', <BanWorkerForm workerId={worker} projects={projects} onBanned={() => undefined} />);
    expect(html).toContain(`value="${worker}"`);
    expect(html).toContain('<option value="" selected="">Every project</option>');
    expect(html).toContain(`<option value="${projects[0].projectId}">Avis clients (18 answers)</option>`);
    expect(html).toContain('Modération (1 answer)');
    expect(html).not.toContain('Project id');
  });

  it('asks for a project by name when sending answers back, in French too', () => {
    const html = render('fr', <ReturnAnswersForm workerId={worker} projects={projects} />);
    expect(html).toContain('Choisissez un projet');
    expect(html).toContain('Avis clients (18 réponses)');
    expect(html).not.toContain('Identifiant du projet');
  });

  it('falls back to a pasted id when the worker answered in no project', () => {
    const html = render('en', <BanWorkerForm workerId={worker} projects={[]} onBanned={() => undefined} />);
    expect(html).toContain('Project id (empty: every project)');
    expect(html).not.toContain('<select');
  });
});
