import type { WorkerSkillFragment } from '@fourmi/api-client';
import { Alert, Card, ErrorAlert, formatDateTime, formatPercent, Loading, useLevelName, useLocale, usePageTitle, useQualityFlagText } from '@fourmi/ui';
import { Link, useLocation, useParams } from 'react-router';
import { useT } from '../../../i18n';
import { useBanReason } from '../hooks/useBanReason';
import { useSkillName } from '../hooks/useSkillName';
import { useStanding } from '../hooks/useStanding';
import { rulesInWords, type RuleSentence } from '../lib/rules-in-words';

/**
 * The gold accuracy stat: the estimate as the figure, its interval and evidence as a note under it
 * (one long sentence in the figure's large bold type took most of a phone's screen).
 */
export function GoldAccuracy({ skill }: { skill: Pick<WorkerSkillFragment, 'value' | 'lower' | 'upper' | 'evidence'> | null }) {
  const t = useT();
  const { locale } = useLocale();
  if (!skill) return <span className="muted small stat-note">{t('standing.noGold')}</span>;
  return (
    <>
      {formatPercent(skill.value, locale)}
      <span className="muted small stat-note">
        {t('standing.goldDetail', { lower: formatPercent(skill.lower, locale), upper: formatPercent(skill.upper, locale), count: skill.evidence })}
      </span>
    </>
  );
}

/** A project's rules in plain words and where the worker stands: gold accuracy, flags, ban and why. */
export function StandingPage() {
  const t = useT();
  const { locale } = useLocale();
  const flagText = useQualityFlagText();
  const { projectId = '' } = useParams();
  const { data, error, loading, refetch } = useStanding(projectId);
  // The name the feed passed along shows at once; the API's, on a page opened from a link or reloaded.
  const passed = (useLocation().state as { name?: unknown } | null)?.name;
  const name = typeof passed === 'string' ? passed : data?.myStanding.projectName;
  const title = name ?? t('standing.project', { id: projectId.slice(0, 8) });
  usePageTitle(t('standing.title'), t('app.name'));
  const skillName = useSkillName();
  const levelName = useLevelName();
  const banReason = useBanReason();
  // A rule's skill and level are named in words ("Task kind: classification", "Trusted").
  const ruleText = ({ key, vars }: RuleSentence) => {
    if ('skill' in vars) return t(key, { ...vars, skill: skillName(String(vars['skill'])) });
    if (key === 'rule.minLevel') return t(key, { ...vars, name: levelName(Number(vars['level'])) });
    return t(key, vars);
  };
  const standing = data?.myStanding;

  return (
    <div className="stack">
      <p className="small">
        <Link to="/">{t('standing.back')}</Link>
      </p>
      <div>
        <h1>{t('standing.title')}</h1>
        <p className="muted">{title}</p>
      </div>
      {!standing && (loading ? <Loading /> : <ErrorAlert error={error} onRetry={() => void refetch()} />)}
      {standing && (
        <>
          {standing.ban ? (
            <Alert tone="error" title={t('standing.banned')}>
              <p data-testid="ban-reason">{t('standing.bannedSince', { date: formatDateTime(standing.ban.since, locale), reason: banReason(standing.ban.reason, standing.ban.reasonParams) })}</p>
            </Alert>
          ) : (
            <Alert tone="success">{t('standing.notBanned')}</Alert>
          )}
          <Card title={t('standing.you')}>
            <dl className="stats">
              <div>
                <dt>{t('standing.gold')}</dt>
                <dd>
                  <GoldAccuracy skill={standing.goldAccuracy} />
                </dd>
              </div>
              <div>
                <dt>{t('standing.today')}</dt>
                <dd>
                  {standing.rules.dailyCap !== null
                    ? t('standing.todayOf', { count: standing.answersToday, cap: standing.rules.dailyCap })
                    : standing.answersToday}
                </dd>
              </div>
            </dl>
            <h3>{t('standing.flags')}</h3>
            {standing.flags.length === 0 ? (
              <p className="muted">{t('standing.noFlags')}</p>
            ) : (
              <ul className="plain-list">
                {standing.flags.map((flag, i) => (
                  <li key={i}>
                    {formatDateTime(flag.createdAt, locale)} — {flagText(flag)}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('standing.rules')}>
            {rulesInWords(standing.rules, locale).length === 0 ? (
              <p className="muted">{t('standing.noRules')}</p>
            ) : (
              <ul>
                {rulesInWords(standing.rules, locale).map((rule) => (
                  <li key={rule.key + JSON.stringify(rule.vars)}>{ruleText(rule)}</li>
                ))}
              </ul>
            )}
            <p className="muted small">{t('standing.goldNote')}</p>
          </Card>
        </>
      )}
    </div>
  );
}
