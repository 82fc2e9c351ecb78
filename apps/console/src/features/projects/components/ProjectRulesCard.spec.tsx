import type { ConsoleQualityRulesFragment } from '@fourmi/api-client';
import { I18nProvider, type Locale } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProjectRulesCard } from './ProjectRulesCard';

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

const render = (rules: ConsoleQualityRulesFragment, locale: Locale = 'en') =>
  renderToStaticMarkup(
    <I18nProvider storageKey="spec.locale" userLocale={locale}>
      <ProjectRulesCard rules={rules} />
    </I18nProvider>,
  );

describe('ProjectRulesCard', () => {
  it('names the minimum level and what it takes, with the other rules, in English and French', () => {
    const rules = { ...NO_RULES, dailyCap: 20, minLevel: 2 };
    expect(render(rules)).toContain('<li>At most 20 tasks per worker per day</li><li>Minimum worker level: 2 (Regular), that is 50 reviewed answers with 90% accepted</li>');
    expect(render(rules, 'fr')).toMatch(/<li>Au plus 20 tâches par travailleur et par jour<\/li><li>Niveau minimum des travailleurs : 2 \(Habitué\), soit 50 réponses relues dont 90\s% acceptées<\/li>/);
  });

  it('says when the project sets no rule', () => {
    expect(render(NO_RULES)).toContain('This project sets no quality rule.');
  });
});
