import type { TypedDocumentNode } from '@fourmi/api-client';
import { startDownload } from './download';
import { useMutation } from './hooks';

/**
 * Downloads the signed-in person's own data file: asks for a one-minute link (`createMyDataLink`, the
 * app's own document), then the browser follows it and saves the file as it streams.
 */
export function useMyDataDownload(document: TypedDocumentNode<{ createMyDataLink: { url: string } }, Record<string, never>>) {
  const { mutate, loading, error } = useMutation(document);
  const download = async (): Promise<boolean> => {
    const result = await mutate({});
    if (result.ok) startDownload(result.data.createMyDataLink.url);
    return result.ok;
  };
  return { download, loading, error };
}
