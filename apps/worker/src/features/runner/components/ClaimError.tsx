import type { ApiError, ApiErrorReason } from '@fourmi/api-client';
import { Alert, ErrorAlert, formatNumber, languageName, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { useBanReason } from '../../standing/hooks/useBanReason';
import { useSkillName } from '../../standing/hooks/useSkillName';

const list = (values: unknown): string[] => (Array.isArray(values) ? values.map(String) : []);

/**
 * Why no task could be claimed. A refusal (a ban, the daily cap, a language, a missing skill or level) is
 * said in the worker's language from the reason the API gives (its English message otherwise), with
 * no retry: trying again changes nothing. Any other failure (network, server) offers a retry.
 */
export function ClaimError({ error, onRetry }: { error: ApiError | null; onRetry(): void }) {
  const t = useT();
  const refusal = useRefusalText();
  if (error?.code === 'FORBIDDEN') {
    return (
      <Alert tone="warning" title={t('runner.refused')}>
        <p>{(error.reason && refusal(error.reason)) ?? error.message}</p>
      </Alert>
    );
  }
  return <ErrorAlert error={error} onRetry={onRetry} />;
}

/** A claim's refusal in the worker's words; null for a reason this app does not know. */
function useRefusalText(): (reason: ApiErrorReason) => string | null {
  const t = useT();
  const { locale } = useLocale();
  const skillName = useSkillName();
  const banReason = useBanReason();
  return ({ key, params }) => {
    switch (key) {
      case 'claim.banned':
        return t('refusal.banned', { reason: banReason(String(params['reason'] ?? ''), params) });
      case 'claim.language':
        return t('refusal.language', { languages: list(params['languages']).map((code) => languageName(code, locale)).join(', ') });
      case 'claim.dailyCap':
        return t('refusal.dailyCap', { cap: formatNumber(locale, Number(params['cap'])) });
      case 'claim.skills':
        return t('refusal.skills', { skills: list(params['skills']).map((skill) => skillName(skill)).join(', ') });
      case 'claim.level':
        return t('refusal.level', { level: Number(params['level']), yours: Number(params['yours']) });
      default:
        return null;
    }
  };
}
