import type { ConsoleQualityRulesFragment } from '@fourmi/api-client';
import { WORKER_LEVELS } from '@fourmi/quality';
import { formatPercent } from '@fourmi/ui';

export type RuleSummaryKey =
  | 'rules.ban'
  | 'rules.fastAnswer'
  | 'rules.agreement'
  | 'rules.dailyCap'
  | 'rules.dynamicOverlap'
  | 'rules.requiredSkill'
  | 'rules.minLevel'
  | 'rules.training'
  | 'rules.exam';

/** One line of the rules, as an i18n key and its values (percentages written for the locale). */
export interface RuleSummary {
  key: RuleSummaryKey;
  vars: Record<string, string | number>;
}

/** The API's default number of gold answers before the ban rule applies. */
export const DEFAULT_MIN_GOLD_ANSWERS = 5;

/**
 * A project's quality rules as its page sums them up for the requester, in the order of the form that
 * set them; empty when it sets none. A minimum level says what it takes (libs/quality WORKER_LEVELS);
 * its name is the page's to give (useLevelName).
 */
export function rulesSummary(rules: ConsoleQualityRulesFragment, locale: string): RuleSummary[] {
  const pct = (ratio: number) => formatPercent(ratio, locale);
  const out: RuleSummary[] = [];
  if (rules.banBelowGoldAccuracy !== null) {
    out.push({ key: 'rules.ban', vars: { percent: pct(rules.banBelowGoldAccuracy), count: rules.minGoldAnswers ?? DEFAULT_MIN_GOLD_ANSWERS } });
  }
  if (rules.minAnswerSeconds !== null) out.push({ key: 'rules.fastAnswer', vars: { count: rules.minAnswerSeconds } });
  if (rules.flagBelowAgreement !== null) out.push({ key: 'rules.agreement', vars: { percent: pct(rules.flagBelowAgreement) } });
  if (rules.dailyCap !== null) out.push({ key: 'rules.dailyCap', vars: { count: rules.dailyCap } });
  if (rules.minOverlap !== null && rules.confidenceTarget !== null) {
    out.push({ key: 'rules.dynamicOverlap', vars: { count: rules.minOverlap, percent: pct(rules.confidenceTarget) } });
  }
  for (const required of rules.requiredSkills ?? []) out.push({ key: 'rules.requiredSkill', vars: { skill: required.skill, percent: pct(required.min) } });
  const level = WORKER_LEVELS.find((rule) => rule.level === rules.minLevel);
  if (level) out.push({ key: 'rules.minLevel', vars: { level: level.level, count: level.minReviewed, percent: pct(level.minAcceptedPercent / 100) } });
  if (rules.training) out.push({ key: 'rules.training', vars: {} });
  if (rules.examGoldAnswers !== null && rules.examPassAccuracy !== null && rules.examGrantsSkill !== null) {
    out.push({ key: 'rules.exam', vars: { count: rules.examGoldAnswers, percent: pct(rules.examPassAccuracy), skill: rules.examGrantsSkill } });
  }
  return out;
}
