import { getTaskKind, TASK_KINDS, validateItems } from '@fourmi/task-kinds';
import { describe, expect, it } from 'vitest';
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

  it('use only media the API generates', () => {
    const media = demoMedia();
    const urls = DEMO_PROJECTS.flatMap((p) => p.items.flatMap((item) => Object.values(item as object).filter((v) => typeof v === 'string' && v.startsWith('/media/'))));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(media.has(url.replace('/media/demo/', '')), url).toBe(true);
  });
});
