import { I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useSkillName } from './useSkillName';

function Names({ skills, projectName }: { skills: string[]; projectName?: string }) {
  const skillName = useSkillName();
  return <>{skills.map((skill) => skillName(skill, projectName)).join(' | ')}</>;
}

describe('useSkillName', () => {
  const names = (locale: string) =>
    renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale={locale}>
        <Names skills={['kind:CLASSIFICATION', 'kind:UI_FEEDBACK', 'kind:NEW_KIND', 'project:1a2b3c4d-5e6f', 'lang:fr']} />
      </I18nProvider>,
    );

  it('names task kinds and languages in words, not as the API’s enum or code', () => {
    expect(names('en')).toBe('Task kind: classification | Task kind: interface feedback | Task kind: NEW_KIND | Project 1a2b3c4d | Language: French');
    expect(names('fr')).toBe('Type de tâche : classification | Type de tâche : avis sur une interface | Type de tâche : NEW_KIND | Projet 1a2b3c4d | Langue : français');
  });

  it('names a project’s skill by the project’s name when the API gives it', () => {
    const named = renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale="fr">
        <Names skills={['project:1a2b3c4d-5e6f']} projectName="Tweet mood" />
      </I18nProvider>,
    );
    expect(named).toBe('Tweet mood');
  });
});
