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
  // Batch statuses are named as the batch list labels them; decisions, other statuses and counts by the catalog.
  const wordParam = useCallback(
    (name: string, value: unknown) => {
      if (/^(status|\w+Status)$/.test(name) && isBatchStatus(value)) return t(`batchStatus.${value}`);
      const counted = `reasonCount.${name}`;
      if (typeof value === 'number' && Object.hasOwn(reasonsEn, counted)) return t(counted as keyof typeof reasonsEn, { count: value });
      const word = `reasonWord.${String(value)}`;
      return /^(decision|\w+Status)$/.test(name) && Object.hasOwn(reasonsEn, word) ? t(word as keyof typeof reasonsEn) : undefined;
    },
    [t],
  );
  const reasonText = useCatalogReasonText(t, reasonsEn, wordParam);
  return <ReasonTextProvider reasonText={reasonText}>{children}</ReasonTextProvider>;
}
