import type { ApiError } from '@fourmi/api-client';
import { Alert, ErrorAlert } from '@fourmi/ui';
import { useT } from '../../../i18n';

/**
 * Why no task could be claimed. A refusal (a ban, the daily cap, a language or a missing skill) is
 * said in the API's own words, which name the reason, with no retry: trying again changes nothing.
 * Any other failure (network, server) offers a retry.
 */
export function ClaimError({ error, onRetry }: { error: ApiError | null; onRetry(): void }) {
  const t = useT();
  if (error?.code === 'FORBIDDEN') {
    return (
      <Alert tone="warning" title={t('runner.refused')}>
        <p>{error.message}</p>
      </Alert>
    );
  }
  return <ErrorAlert error={error} onRetry={onRetry} />;
}
