import { formatPercent, useLevelName, useLocale } from '@fourmi/ui';
import { Link } from 'react-router';
import { useT } from '../../../i18n';
import { useMyLevel } from '../hooks/useStanding';
import type { LevelView } from '../lib/level-steps';

/** One line for the feed: the level as a badge, the reviewed answers and share accepted, and a link to the rest. */
export function LevelSummary({ level }: { level: LevelView }) {
  const t = useT();
  const { locale } = useLocale();
  const levelName = useLevelName();
  return (
    <p className="small level-line">
      <span className="badge badge-level">{t('level.current', { level: level.level, name: levelName(level.level) })}</span>{' '}
      {level.acceptedPercent === null
        ? t('level.lineNone')
        : t('level.lineReviewed', { count: level.reviewed, percent: formatPercent(level.acceptedPercent / 100, locale) })}
      {' · '}
      <Link to="/skills">{level.next ? t('level.lineNext', { level: level.next.level }) : t('level.lineSee')}</Link>
    </p>
  );
}

/** The worker's level on the feed; nothing until it is known (the skills page says more, errors included). */
export function LevelLine() {
  const { data } = useMyLevel();
  return data ? <LevelSummary level={data.myLevel} /> : null;
}
