import { fieldProblem, type FieldProblem } from '../common/domain-error';

/**
 * A project's quality rules, stored as JSON on the project. Every rule is optional; an absent rule
 * does nothing. Workers can read them (what applies to them and why).
 */
export interface QualityRules {
  /** Dynamic overlap: start with this many answers per item (at most the project's overlap). */
  minOverlap?: number;
  /** Dynamic overlap: stop collecting once the answer's confidence reaches this (0.5..0.999). */
  confidenceTarget?: number;
  /** Ban from the project when gold accuracy falls below this (0..1)... */
  banBelowGoldAccuracy?: number;
  /** ...once the worker has answered at least this many gold items (default 5). */
  minGoldAnswers?: number;
  /** Flag answers given faster than this. */
  minAnswerSeconds?: number;
  /** Flag workers whose agreement with the consensus falls below this (0..1), after 10 completed items. */
  flagBelowAgreement?: number;
  /** At most this many tasks per worker per day (UTC). */
  dailyCap?: number;
  /** Only workers of this level or above (libs/quality levels.ts), from their reviewed answers everywhere. */
  minLevel?: number;
  /** A training project: after each gold answer the worker sees the right answer and its explanation. */
  training?: boolean;
  /** An exam: once a worker has answered this many gold items... */
  examGoldAnswers?: number;
  /** ...with at least this estimated accuracy, they are granted `examGrantsSkill`. */
  examPassAccuracy?: number;
  examGrantsSkill?: string;
  /** Skills a worker needs (value at least `min`) to work on the project. */
  requiredSkills?: { skill: string; min: number }[];
}

export const DEFAULT_MIN_GOLD_ANSWERS = 5;

/**
 * Training and exams: their gold is the work itself, so it is also served once the regular items are
 * gone (elsewhere gold is mixed in only while regular work remains, so it cannot be told apart from it).
 */
export function servesGoldAlone(rules: QualityRules): boolean {
  return rules.training === true || rules.examGoldAnswers !== undefined;
}

/** servesGoldAlone in SQL, for the projects row `p`. */
export const servesGoldAloneSql = (p: string) => `(${p}.quality_rules->>'training' = 'true' OR ${p}.quality_rules ? 'examGoldAnswers')`;
export const AGREEMENT_MIN_ITEMS = 10;

/** The skill a project's gold answers build, and the one of its task kind. */
export const projectSkill = (projectId: string) => `project:${projectId}`;
export const kindSkill = (kind: string) => `kind:${kind}`;
export const languageSkill = (language: string) => `lang:${language}`;

/** Cross-field checks the input decorators cannot express. Returns problems with field paths. */
export function checkRules(rules: QualityRules, overlap: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (rules.minOverlap !== undefined && rules.minOverlap > overlap) {
    problems.push(fieldProblem('qualityRules.minOverlap', `Must not exceed the overlap (${overlap})`, 'field.aboveOverlap', { overlap }));
  }
  if ((rules.minOverlap === undefined) !== (rules.confidenceTarget === undefined)) {
    const missing = rules.minOverlap === undefined ? 'minOverlap' : 'confidenceTarget';
    problems.push(fieldProblem(`qualityRules.${missing}`, 'Dynamic overlap needs both a minimum overlap and a confidence target', 'field.dynamicOverlapPair'));
  }
  const exam = [rules.examGoldAnswers, rules.examPassAccuracy, rules.examGrantsSkill];
  if (exam.some((v) => v !== undefined) && exam.some((v) => v === undefined)) {
    problems.push(
      fieldProblem('qualityRules.examGrantsSkill', 'An exam needs its number of gold answers, pass accuracy and the skill it grants', 'field.examIncomplete'),
    );
  }
  return problems;
}

/** Whether a task should collect one more answer instead of completing now. */
export function needsAnotherAnswer(rules: QualityRules, answers: number, target: number, maxOverlap: number, confidence: number | null): boolean {
  if (rules.confidenceTarget === undefined || answers < target || target >= maxOverlap) return false;
  return confidence === null || confidence < rules.confidenceTarget;
}
