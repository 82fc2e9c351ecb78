import { formatPercent, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Why a worker is banned, in their language: a ban by the gold-accuracy rule is worded from its values
 * (accuracy, gold answers, threshold); an administrator's reason, or an older ban's, as written.
 */
export function useBanReason(): (reason: string, params: unknown) => string {
  const t = useT();
  const { locale } = useLocale();
  return (reason, params) => {
    const { accuracy, goldAnswers, threshold } = (typeof params === 'object' && params !== null ? params : {}) as Record<string, unknown>;
    if (!isNumber(accuracy) || !isNumber(goldAnswers) || !isNumber(threshold)) return reason;
    return t('ban.goldAccuracy', { accuracy: formatPercent(accuracy, locale), count: goldAnswers, threshold: formatPercent(threshold, locale) });
  };
}
