import { ReasonTextProvider, useCatalogReasonText } from '@fourmi/ui';
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { reasonsEn } from './reasons.i18n';

/** Lets every ErrorAlert of the worker app say the refusals it knows in the worker's language. */
export function WorkerReasons({ children }: { children: ReactNode }) {
  const reasonText = useCatalogReasonText(useT(), reasonsEn);
  return <ReasonTextProvider reasonText={reasonText}>{children}</ReasonTextProvider>;
}
