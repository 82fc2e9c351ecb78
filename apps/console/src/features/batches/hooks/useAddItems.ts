import { useAuth } from '@fourmi/ui';
import { useState } from 'react';
import { chooseItemsFile, type ChosenFile, type FileReader } from '../lib/choose-file';
import { useCreateBatch } from './useBatches';
import { useFileUpload } from './useFileUpload';

/**
 * What both item forms (labeling, and the other kinds') share: the chosen file, read in the browser or
 * streamed, and adding the draft batch from it or from items given, by GraphQL or by the upload endpoint.
 */
export function useAddItems<P>(projectId: string, readerOf: (file: File) => FileReader<P>) {
  const { token } = useAuth();
  const [file, setFile] = useState<ChosenFile<P> | null>(null);
  const [fileKey, setFileKey] = useState(0); // a new key empties the file input
  const [created, setCreated] = useState<number | null>(null);
  const create = useCreateBatch();
  const upload = useFileUpload();
  const stream = file && 'stream' in file ? file.stream : null;
  const parsed = file && 'parsed' in file ? file.parsed : null;

  const chooseFile = async (chosen: File | undefined) => {
    setCreated(null);
    upload.reset();
    setFile(chosen ? await chooseItemsFile(chosen, readerOf(chosen)) : null);
  };
  const clearFile = () => {
    setFile(null);
    setFileKey((k) => k + 1);
  };

  /** Adds the draft batch: the streamed file, or `items`; true once added (the file is then cleared). */
  const add = async (name: string, items: unknown[]): Promise<boolean> => {
    const added = stream
      ? (await upload.start({ projectId, file: stream.file, format: stream.format, name, token }))?.items
      : await create.mutate({ input: { projectId, name: name.trim() || undefined, items } }).then((r) => (r.ok ? r.data.createBatch.itemCount : undefined));
    if (added === undefined) return false;
    setCreated(added);
    clearFile();
    return true;
  };

  return {
    file,
    fileKey,
    parsed,
    stream,
    created,
    forgetCreated: () => setCreated(null),
    chooseFile,
    clearFile,
    add,
    upload,
    error: create.error ?? upload.error,
    busy: create.loading || upload.progress !== null,
  };
}

/** useAddItems' result, whatever the form's parsed items. */
export type AddItems = ReturnType<typeof useAddItems<unknown>>;
