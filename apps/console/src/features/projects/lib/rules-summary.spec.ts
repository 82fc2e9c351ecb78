import type { ConsoleQualityRulesFragment } from '@fourmi/api-client';
import { describe, expect, it } from 'vitest';
import { rulesSummary } from './rules-summary';

const NO_RULES: ConsoleQualityRulesFragment = {
  banBelowGoldAccuracy: null,
  minGoldAnswers: null,
  minAnswerSeconds: null,
  flagBelowAgreement: null,
  dailyCap: null,
  minOverlap: null,
  confidenceTarget: null,
  requiredSkills: null,
  minLevel: null,
  training: null,
  examGoldAnswers: null,
  examPassAccuracy: null,
  examGrantsSkill: null,
};

describe('rulesSummary', () => {
  it('says nothing when the project sets no rule', () => {
    expect(rulesSummary(NO_RULES, 'en')).toEqual([]);
  });

  it('sums up every rule set, a minimum level with what it takes', () => {
    const rules = {
      ...NO_RULES,
      banBelowGoldAccuracy: 0.6,
      minAnswerSeconds: 3,
      flagBelowAgreement: 0.5,
      dailyCap: 100,
      minOverlap: 2,
      confidenceTarget: 0.9,
      requiredSkills: [{ skill: 'kind:CLASSIFICATION', min: 0.75 }],
      minLevel: 3,
      training: true,
      examGoldAnswers: 10,
      examPassAccuracy: 0.8,
      examGrantsSkill: 'lang:fr',
    };
    expect(rulesSummary(rules, 'en')).toEqual([
      { key: 'rules.ban', vars: { percent: '60%', count: 5 } },
      { key: 'rules.fastAnswer', vars: { count: 3 } },
      { key: 'rules.agreement', vars: { percent: '50%' } },
      { key: 'rules.dailyCap', vars: { count: 100 } },
      { key: 'rules.dynamicOverlap', vars: { count: 2, percent: '90%' } },
      { key: 'rules.requiredSkill', vars: { skill: 'kind:CLASSIFICATION', percent: '75%' } },
      { key: 'rules.minLevel', vars: { level: 3, count: 500, percent: '95%' } },
      { key: 'rules.training', vars: {} },
      { key: 'rules.exam', vars: { count: 10, percent: '80%', skill: 'lang:fr' } },
    ]);
    expect(rulesSummary({ ...NO_RULES, minLevel: 4 }, 'fr')).toEqual([{ key: 'rules.minLevel', vars: { level: 4, count: 5000, percent: expect.stringMatching(/^97\s%$/) } }]);
  });
});
