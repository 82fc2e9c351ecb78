import { useCallback } from 'react';
import { levelNamesEn } from './level-names';
import { useUiT } from './messages';

type NamedLevel = Exclude<keyof typeof levelNamesEn, 'ui.level.other'>;
const isNamed = (key: string): key is NamedLevel => key in levelNamesEn && key !== 'ui.level.other';

/** A level's name in the user's language ("Trusted", "Confirmé"). */
export function useLevelName(): (level: number) => string {
  const t = useUiT();
  return useCallback(
    (level: number) => {
      const key = `ui.level.${level}`;
      return isNamed(key) ? t(key) : t('ui.level.other', { level });
    },
    [t],
  );
}
