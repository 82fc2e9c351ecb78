import { ReasonTextProvider, useCatalogReasonText } from '@fourmi/ui';
import { useCallback, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { reasonsEn } from './reasons.i18n';

const BATCH_STATUSES = ['DRAFT', 'PUBLISHED', 'PAUSED', 'COMPLETED', 'CANCELLED'] as const;
type BatchStatus = (typeof BATCH_STATUSES)[number];
const isBatchStatus = (value: unknown): value is BatchStatus => BATCH_STATUSES.includes(value as BatchStatus);

/** Lets every ErrorAlert of the console say the refusals it knows in the user's language. */
export function ConsoleReasons({ children }: { children: ReactNode }) {
  const t = useT();
  // Statuses are named as the batch list labels them.
  const wordParam = useCallback((name: string, value: unknown) => (/^(status|\w+Status)$/.test(name) && isBatchStatus(value) ? t(`batchStatus.${value}`) : undefined), [t]);
  const reasonText = useCatalogReasonText(t, reasonsEn, wordParam);
  return <ReasonTextProvider reasonText={reasonText}>{children}</ReasonTextProvider>;
}
