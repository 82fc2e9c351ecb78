import { useCallback } from 'react';
import { formatPercent } from '../format/time';
import type { Vars } from './core';
import { useLocale } from './I18nProvider';
import { useUiT } from './messages';

/** A quality flag as the API gives it: its English detail, and the values it names when kept. */
export interface QualityFlagLike {
  kind: string;
  detail: string;
  detailParams?: unknown;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The values of a flag's sentence, or null when the flag (an older one, a new kind) has not got them all. */
function varsOf(kind: string, params: Record<string, unknown>, locale: string): Vars | null {
  const { seconds, minSeconds, agreed, items, expected } = params;
  if (kind === 'FAST_ANSWER' && isNumber(seconds) && isNumber(minSeconds)) return { seconds, minSeconds };
  if (kind === 'LOW_AGREEMENT' && isNumber(agreed) && isNumber(items) && items > 0 && isNumber(expected)) {
    return { agreed, count: agreed, items, share: formatPercent(agreed / items, locale), expected: formatPercent(expected, locale) };
  }
  return null;
}

/**
 * A quality flag in the user's language, worded by its kind from its params; its English detail as
 * written for a flag raised before params were kept, or of a kind this app does not know.
 */
export function useQualityFlagText(): (flag: QualityFlagLike) => string {
  const t = useUiT();
  const { locale } = useLocale();
  return useCallback(
    ({ kind, detail, detailParams }) => {
      const vars = detailParams && typeof detailParams === 'object' ? varsOf(kind, detailParams as Record<string, unknown>, locale) : null;
      if (!vars) return detail;
      return kind === 'FAST_ANSWER' ? t('ui.flag.FAST_ANSWER', vars) : t('ui.flag.LOW_AGREEMENT', vars);
    },
    [t, locale],
  );
}
