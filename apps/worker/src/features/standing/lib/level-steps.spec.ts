import { levelProgress } from '@fourmi/quality';
import { describe, expect, it } from 'vitest';
import { nextLevelSteps } from './level-steps';

describe('nextLevelSteps', () => {
  it('says how many reviewed answers are left and whether the share accepted is enough', () => {
    // 312 reviewed, 300 accepted (96 %): level 2, level 3 asks 500 with 95 %.
    const steps = nextLevelSteps(levelProgress({ accepted: 300, rejected: 12 }), 'en');
    expect(steps).toEqual([
      { key: 'level.reviewedOf', vars: { count: 312, min: 500, left: 188 }, met: false, progress: { value: 312, max: 500 } },
      { key: 'level.acceptedShare', vars: { percent: '96%', min: '95%' }, met: true, progress: null },
    ]);
  });

  it('ticks the reviewed answers once there are enough, and not a share below the level’s', () => {
    // 600 reviewed, 540 accepted (90 %): level 2, short of level 3's 95 %.
    const [reviewed, accepted] = nextLevelSteps(levelProgress({ accepted: 540, rejected: 60 }), 'fr');
    expect(reviewed).toEqual({ key: 'level.reviewedMet', vars: { count: 600, min: 500, left: 0 }, met: true, progress: { value: 500, max: 500 } });
    expect(accepted.met).toBe(false);
    expect(accepted.vars['percent']).toMatch(/^90\s%$/);
  });

  it('ticks no share before any answer is reviewed', () => {
    const level = levelProgress({ accepted: 0, rejected: 0 });
    expect(level.next?.acceptedShareMet).toBe(true);
    expect(nextLevelSteps(level, 'en')[1]).toEqual({ key: 'level.acceptedNone', vars: { min: '90%' }, met: false, progress: null });
  });

  it('asks nothing more at the top level', () => {
    expect(nextLevelSteps(levelProgress({ accepted: 4900, rejected: 100 }), 'en')).toEqual([]);
  });
});
