import { describe, expect, it } from 'vitest';
import { banScope } from './ban-scope';

describe('banScope', () => {
  it('names the project a ban covers, not its id', () => {
    expect(banScope({ projectId: '07b8a6f1-0000-4000-8000-000000000000', projectName: 'Sentiment of reviews' })).toEqual({ key: 'admin.banScopeProject', vars: { name: 'Sentiment of reviews' } });
  });

  it('says a ban without a project covers the whole platform', () => {
    expect(banScope({ projectId: null, projectName: null })).toEqual({ key: 'admin.banScopeAll' });
  });
});
