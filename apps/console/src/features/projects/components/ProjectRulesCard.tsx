import type { ConsoleQualityRulesFragment } from '@fourmi/api-client';
import { Card, useLevelName, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { rulesSummary } from '../lib/rules-summary';

/** The project's quality rules as set when it was created (they are not edited afterwards). */
export function ProjectRulesCard({ rules }: { rules: ConsoleQualityRulesFragment }) {
  const t = useT();
  const { locale } = useLocale();
  const levelName = useLevelName();
  const lines = rulesSummary(rules, locale);
  return (
    <Card title={t('rules.title')}>
      {lines.length === 0 ? (
        <p className="muted">{t('rules.none')}</p>
      ) : (
        <ul>
          {lines.map(({ key, vars }) => (
            <li key={key + JSON.stringify(vars)}>{t(key, key === 'rules.minLevel' ? { ...vars, name: levelName(Number(vars['level'])) } : vars)}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}
