import { I18nProvider } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useSkillName } from './useSkillName';

function Names({ skills }: { skills: string[] }) {
  const skillName = useSkillName();
  return <>{skills.map(skillName).join(' | ')}</>;
}

describe('useSkillName', () => {
  const names = (locale: string) =>
    renderToStaticMarkup(
      <I18nProvider storageKey="spec.locale" userLocale={locale}>
        <Names skills={['kind:CLASSIFICATION', 'kind:UI_FEEDBACK', 'kind:NEW_KIND', 'project:1a2b3c4d-5e6f', 'lang:fr']} />
      </I18nProvider>,
    );

  it('names task kinds in words, not as the API’s enum', () => {
    expect(names('en')).toBe('Task kind: classification | Task kind: interface feedback | Task kind: NEW_KIND | Project 1a2b3c4d | lang:fr');
    expect(names('fr')).toBe('Type de tâche : classification | Type de tâche : avis sur une interface | Type de tâche : NEW_KIND | Projet 1a2b3c4d | lang:fr');
  });
});
