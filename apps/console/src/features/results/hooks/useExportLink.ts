import { ConsoleCreateExportLinkDocument } from '@fourmi/api-client';
import { useMutation } from '@fourmi/ui';

/** A one-minute link to the project's results file (createExportLink): checked by the API before any download starts. */
export function useExportLink() {
  return useMutation(ConsoleCreateExportLinkDocument);
}
