import { formatPercent } from '@fourmi/ui';

/** A project's quality rules as the API gives them (every rule optional). */
export interface RulesView {
  banBelowGoldAccuracy: number | null;
  minGoldAnswers: number | null;
  minAnswerSeconds: number | null;
  flagBelowAgreement: number | null;
  dailyCap: number | null;
  minOverlap: number | null;
  confidenceTarget: number | null;
  requiredSkills: readonly { skill: string; min: number }[] | null;
  training: boolean | null;
  examGoldAnswers: number | null;
  examPassAccuracy: number | null;
  examGrantsSkill: string | null;
  minLevel: number | null;
}

export type RuleKey =
  | 'rule.ban'
  | 'rule.fastAnswer'
  | 'rule.agreement'
  | 'rule.dailyCap'
  | 'rule.dynamicOverlap'
  | 'rule.requiredSkill'
  | 'rule.minLevel'
  | 'rule.training'
  | 'rule.exam';

/** One sentence of the rules, as an i18n key and its values (percentages written for the locale). */
export interface RuleSentence {
  key: RuleKey;
  vars: Record<string, string | number>;
}

/** The API's default number of gold answers before the ban rule applies. */
export const DEFAULT_MIN_GOLD_ANSWERS = 5;

/**
 * The rules that apply to a worker, in plain words; empty when the project sets none. Percentages are
 * written as the locale writes them (60% in English, 60 % in French), as every percentage of the app.
 */
export function rulesInWords(rules: RulesView, locale: string): RuleSentence[] {
  const pct = (ratio: number) => formatPercent(ratio, locale);
  const out: RuleSentence[] = [];
  if (rules.banBelowGoldAccuracy !== null) {
    out.push({ key: 'rule.ban', vars: { percent: pct(rules.banBelowGoldAccuracy), count: rules.minGoldAnswers ?? DEFAULT_MIN_GOLD_ANSWERS } });
  }
  if (rules.minAnswerSeconds !== null) out.push({ key: 'rule.fastAnswer', vars: { count: rules.minAnswerSeconds } });
  if (rules.flagBelowAgreement !== null) out.push({ key: 'rule.agreement', vars: { percent: pct(rules.flagBelowAgreement) } });
  if (rules.dailyCap !== null) out.push({ key: 'rule.dailyCap', vars: { count: rules.dailyCap } });
  if (rules.minOverlap !== null && rules.confidenceTarget !== null) {
    out.push({ key: 'rule.dynamicOverlap', vars: { count: rules.minOverlap, percent: pct(rules.confidenceTarget) } });
  }
  for (const required of rules.requiredSkills ?? []) {
    out.push({ key: 'rule.requiredSkill', vars: { skill: required.skill, percent: pct(required.min) } });
  }
  // The level's name is the app's to give (useLevelName), as a skill's is.
  if (rules.minLevel !== null) out.push({ key: 'rule.minLevel', vars: { level: rules.minLevel } });
  if (rules.training) out.push({ key: 'rule.training', vars: {} });
  if (rules.examGoldAnswers !== null && rules.examPassAccuracy !== null && rules.examGrantsSkill !== null) {
    out.push({ key: 'rule.exam', vars: { count: rules.examGoldAnswers, percent: pct(rules.examPassAccuracy), skill: rules.examGrantsSkill } });
  }
  return out;
}

/** Where a skill applies: a project (linking to its standing), a task kind, or something else. */
export function skillScope(skill: string): { scope: 'project' | 'kind' | 'other'; target: string } {
  const at = skill.indexOf(':');
  const prefix = at < 0 ? '' : skill.slice(0, at);
  const target = at < 0 ? skill : skill.slice(at + 1);
  if (prefix === 'project') return { scope: 'project', target };
  if (prefix === 'kind') return { scope: 'kind', target };
  return { scope: 'other', target: skill };
}
