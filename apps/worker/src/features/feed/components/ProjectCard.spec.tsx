import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ProjectCard } from './ProjectCard';

const project = {
  id: 'p1',
  name: 'Tweet mood',
  kind: 'CLASSIFICATION' as const,
  rewardCents: 3,
  currency: 'EUR',
  availableTasks: 4,
  moreTasksAvailable: false,
  hourlyRateCents: 1350,
};

describe('ProjectCard', () => {
  it('names the project in its Start link, so a list of links does not read "Start, Start, Start"', () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>
        <ProjectCard project={project} />
      </MemoryRouter>,
    );
    expect(html).toContain('aria-label="Start Tweet mood"');
    expect(html).toContain('aria-label="Rules &amp; standing of Tweet mood"');
  });
});
