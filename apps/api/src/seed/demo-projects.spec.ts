import { getTaskKind, TASK_KINDS, validateItems } from '@fourmi/task-kinds';
import { describe, expect, it } from 'vitest';
import { hourlyRateCents } from '../ledger/money';
import { demoMedia } from '../web/demo-media';
import { DEMO_PROJECTS } from './demo-projects';

describe('demo projects', () => {
  it('cover every kind beyond classification, with valid configs and items', () => {
    expect(new Set(DEMO_PROJECTS.map((p) => p.kind))).toEqual(new Set(TASK_KINDS));
    for (const project of DEMO_PROJECTS) {
      const config = getTaskKind(project.kind).parseConfig(project.config);
      expect(config.ok ? [] : config.errors, project.name).toEqual([]);
      if (!config.ok) continue;
      const items = validateItems(project.kind, config.value as never, project.items);
      expect(items.ok ? [] : items.errors, project.name).toEqual([]);
    }
  });

  it('estimate their time so that the feed shows an hourly rate at or above the default minimum (9.00 an hour)', () => {
    // MIN_HOURLY_CENTS defaults to 900 (config/app.config.ts): below it, publishing the demo would be refused.
    for (const project of DEMO_PROJECTS) expect(hourlyRateCents(project.rewardCents, project.estimatedSecondsPerTask * 1000), project.name).toBeGreaterThanOrEqual(900);
  });

  it('use only media the API generates', () => {
    const media = demoMedia();
    const urls = DEMO_PROJECTS.flatMap((p) => p.items.flatMap((item) => Object.values(item as object).filter((v) => typeof v === 'string' && v.startsWith('/media/'))));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(media.has(url.replace('/media/demo/', '')), url).toBe(true);
  });
});
