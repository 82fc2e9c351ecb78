import { describe, expect, it } from 'vitest';
import { rulesInWords, skillScope, type RulesView } from './rules-in-words';

const none: RulesView = {
  banBelowGoldAccuracy: null,
  minGoldAnswers: null,
  minAnswerSeconds: null,
  flagBelowAgreement: null,
  dailyCap: null,
  minOverlap: null,
  confidenceTarget: null,
  requiredSkills: null,
  training: null,
  examGoldAnswers: null,
  examPassAccuracy: null,
  examGrantsSkill: null,
  minLevel: null,
};

describe('rulesInWords', () => {
  it('says nothing when there is no rule', () => {
    expect(rulesInWords(none, 'en')).toEqual([]);
  });

  it('puts every rule in words, with the default number of gold answers', () => {
    expect(
      rulesInWords({
        ...none,
        banBelowGoldAccuracy: 0.6,
        minAnswerSeconds: 3,
        flagBelowAgreement: 0.555,
        dailyCap: 100,
        minOverlap: 2,
        confidenceTarget: 0.9,
        requiredSkills: [{ skill: 'kind:CLASSIFICATION', min: 0.75 }],
        minLevel: 3,
      }, 'en'),
    ).toEqual([
      { key: 'rule.ban', vars: { percent: '60%', count: 5 } },
      { key: 'rule.fastAnswer', vars: { count: 3 } },
      { key: 'rule.agreement', vars: { percent: '56%' } },
      { key: 'rule.dailyCap', vars: { count: 100 } },
      { key: 'rule.dynamicOverlap', vars: { count: 2, percent: '90%' } },
      { key: 'rule.requiredSkill', vars: { skill: 'kind:CLASSIFICATION', percent: '75%' } },
      { key: 'rule.minLevel', vars: { level: 3 } },
    ]);
    expect(rulesInWords({ ...none, banBelowGoldAccuracy: 0.5, minGoldAnswers: 2 }, 'en')).toEqual([{ key: 'rule.ban', vars: { percent: '50%', count: 2 } }]);
    // French puts a (narrow, no-break) space before the sign.
    expect(rulesInWords({ ...none, flagBelowAgreement: 0.555 }, 'fr')[0].vars['percent']).toMatch(/^56\s%$/);
  });

  it('tells a training or exam project from one with no rule', () => {
    expect(rulesInWords({ ...none, training: true }, 'en')).toEqual([{ key: 'rule.training', vars: {} }]);
    expect(rulesInWords({ ...none, training: false }, 'en')).toEqual([]);
    expect(rulesInWords({ ...none, examGoldAnswers: 10, examPassAccuracy: 0.8, examGrantsSkill: 'kind:CLASSIFICATION' }, 'en')).toEqual([
      { key: 'rule.exam', vars: { count: 10, percent: '80%', skill: 'kind:CLASSIFICATION' } },
    ]);
  });
});

describe('skillScope', () => {
  it('tells project, kind and other skills apart', () => {
    expect(skillScope('project:abc-1')).toEqual({ scope: 'project', target: 'abc-1' });
    expect(skillScope('kind:AUDIO')).toEqual({ scope: 'kind', target: 'AUDIO' });
    expect(skillScope('lang:fr')).toEqual({ scope: 'other', target: 'lang:fr' });
  });
});
