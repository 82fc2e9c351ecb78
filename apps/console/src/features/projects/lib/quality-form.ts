import type { CreateProjectInput } from '@fourmi/api-client';
import { WORKER_LEVELS } from '@fourmi/quality';

/** The quality and review settings of the new-project form, as typed (empty: not set). */
export interface QualityFormValues {
  goldPercent: string;
  banBelowPercent: string;
  minGoldAnswers: string;
  minAnswerSeconds: string;
  flagBelowAgreementPercent: string;
  dailyCap: string;
  minOverlap: string;
  confidencePercent: string;
  training: boolean;
  examGoldAnswers: string;
  examPassPercent: string;
  examGrantsSkill: string;
  /** A level of 2 or more as chosen ('': none, every worker). */
  minLevel: string;
  autoAcceptHours: string;
  fairPayPolicy: 'TOP_UP' | 'WARN';
}

export type QualityErrorKey =
  | 'quality.percentRange'
  | 'quality.wholeNumber'
  | 'quality.wholeNumberFromOne'
  | 'quality.dynamicBoth'
  | 'quality.goldRange'
  | 'quality.confidenceRange'
  | 'quality.examAll'
  | 'quality.levelRange';

/** The API paths of the quality fields, each shown under its own field on the form. */
export const QUALITY_FIELD_PATHS = [
  'goldRatio',
  'autoAcceptHours',
  'qualityRules.banBelowGoldAccuracy',
  'qualityRules.minGoldAnswers',
  'qualityRules.minAnswerSeconds',
  'qualityRules.flagBelowAgreement',
  'qualityRules.dailyCap',
  'qualityRules.minOverlap',
  'qualityRules.confidenceTarget',
  'qualityRules.examGoldAnswers',
  'qualityRules.examPassAccuracy',
  'qualityRules.examGrantsSkill',
  'qualityRules.minLevel',
];

type QualityInput = Pick<CreateProjectInput, 'goldRatio' | 'qualityRules' | 'autoAcceptHours' | 'fairPayPolicy'>;

/**
 * The levels a project may ask (libs/quality WORKER_LEVELS but the first, which every worker has), each
 * with the reviewed answers and share accepted it takes.
 */
export const LEVELS_TO_ASK = WORKER_LEVELS.filter((rule) => rule.level >= 2);

export function initialQualityForm(): QualityFormValues {
  return {
    goldPercent: '',
    banBelowPercent: '',
    minGoldAnswers: '',
    minAnswerSeconds: '',
    flagBelowAgreementPercent: '',
    dailyCap: '',
    minOverlap: '',
    confidencePercent: '',
    training: false,
    examGoldAnswers: '',
    examPassPercent: '',
    examGrantsSkill: '',
    minLevel: '',
    autoAcceptHours: '',
    fairPayPolicy: 'TOP_UP',
  };
}

/**
 * The settings as API input fields, or the problems by API field path. Percentages are typed as
 * percents (70) and sent as fractions (0.7); empty fields are not sent, so the rule does not apply.
 */
export function toQualityInput(values: QualityFormValues): { input: QualityInput; errors: Record<string, QualityErrorKey> } {
  const errors: Record<string, QualityErrorKey> = {};
  const percent = (text: string, path: string, max = 100, key: QualityErrorKey = 'quality.percentRange') => {
    if (!text.trim()) return undefined;
    const n = Number(text.replace(',', '.'));
    if (!Number.isFinite(n) || n < 0 || n > max) {
      errors[path] = key;
      return undefined;
    }
    return n / 100;
  };
  const whole = (text: string, path: string, min = 0) => {
    if (!text.trim()) return undefined;
    const n = Number(text);
    if (!Number.isInteger(n) || n < min) {
      errors[path] = min >= 1 ? 'quality.wholeNumberFromOne' : 'quality.wholeNumber';
      return undefined;
    }
    return n;
  };
  const level = (text: string, path: string) => {
    if (!text.trim()) return undefined;
    const n = Number(text);
    if (!LEVELS_TO_ASK.some((rule) => rule.level === n)) {
      errors[path] = 'quality.levelRange';
      return undefined;
    }
    return n;
  };
  const goldRatio = percent(values.goldPercent, 'goldRatio', 50, 'quality.goldRange');
  const confidence = percent(values.confidencePercent, 'qualityRules.confidenceTarget', 99.9, 'quality.confidenceRange');
  if (confidence !== undefined && confidence < 0.5) errors['qualityRules.confidenceTarget'] = 'quality.confidenceRange';
  const rules = {
    banBelowGoldAccuracy: percent(values.banBelowPercent, 'qualityRules.banBelowGoldAccuracy'),
    minGoldAnswers: whole(values.minGoldAnswers, 'qualityRules.minGoldAnswers', 1),
    minAnswerSeconds: whole(values.minAnswerSeconds, 'qualityRules.minAnswerSeconds', 1),
    flagBelowAgreement: percent(values.flagBelowAgreementPercent, 'qualityRules.flagBelowAgreement'),
    dailyCap: whole(values.dailyCap, 'qualityRules.dailyCap', 1),
    minOverlap: whole(values.minOverlap, 'qualityRules.minOverlap', 1),
    confidenceTarget: confidence,
    training: values.training || undefined,
    examGoldAnswers: whole(values.examGoldAnswers, 'qualityRules.examGoldAnswers', 1),
    examPassAccuracy: percent(values.examPassPercent, 'qualityRules.examPassAccuracy'),
    examGrantsSkill: values.examGrantsSkill.trim() || undefined,
    minLevel: level(values.minLevel, 'qualityRules.minLevel'),
  };
  const exam = [rules.examGoldAnswers, rules.examPassAccuracy, rules.examGrantsSkill];
  if (exam.some((v) => v !== undefined) && exam.some((v) => v === undefined) && !errors['qualityRules.examGoldAnswers'] && !errors['qualityRules.examPassAccuracy']) {
    errors['qualityRules.examGrantsSkill'] = 'quality.examAll';
  }
  if ((rules.minOverlap === undefined) !== (rules.confidenceTarget === undefined) && !errors['qualityRules.minOverlap'] && !errors['qualityRules.confidenceTarget']) {
    errors[rules.minOverlap === undefined ? 'qualityRules.minOverlap' : 'qualityRules.confidenceTarget'] = 'quality.dynamicBoth';
  }
  const qualityRules = Object.fromEntries(Object.entries(rules).filter(([, v]) => v !== undefined));
  const autoAcceptHours = whole(values.autoAcceptHours, 'autoAcceptHours');
  return {
    input: {
      ...(goldRatio !== undefined ? { goldRatio } : {}),
      ...(Object.keys(qualityRules).length ? { qualityRules } : {}),
      ...(autoAcceptHours !== undefined ? { autoAcceptHours } : {}),
      fairPayPolicy: values.fairPayPolicy,
    },
    errors,
  };
}
