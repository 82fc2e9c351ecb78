import { languageName, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { skillScope } from '../lib/rules-in-words';

const KINDS = ['CLASSIFICATION', 'MULTI_LABEL', 'CATEGORIZATION', 'UI_FEEDBACK', 'AUDIO'] as const;
const isKnownKind = (kind: string): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind);

/**
 * A skill as a worker reads it: "Task kind: classification", "Language: French" (lang:fr, as exams grant),
 * a project's skill by the project's name when the API gave it ("Project 1a2b3c4d" otherwise), or its own name.
 */
export function useSkillName(): (skill: string, projectName?: string | null) => string {
  const t = useT();
  const { locale } = useLocale();
  return (skill, projectName) => {
    if (skill.startsWith('lang:') && skill.length > 5) return t('skills.langSkill', { language: languageName(skill.slice(5), locale) });
    const { scope, target } = skillScope(skill);
    if (scope === 'project') return projectName ?? t('skills.projectSkill', { id: target.slice(0, 8) });
    if (scope === 'kind') return t('skills.kindSkill', { kind: isKnownKind(target) ? t(`kind.${target}`) : target });
    return target;
  };
}
