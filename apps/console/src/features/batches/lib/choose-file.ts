import { uploadFormatOf, type UploadFormat } from './upload-file';

/** A file read in the browser (shown item by item), or one too large for that, streamed to the API as it is. */
export type ChosenFile<P> = { name: string; parsed: P } | { name: string; stream: { file: File; format: UploadFormat } };

export interface FileReader<P> {
  /** The most bytes read in the browser. */
  maxBytes: number;
  parse(text: string): P;
  /** The file has more items than one request carries, and nothing else wrong. */
  onlyTooMany(parsed: P): boolean;
}

/**
 * Reads a small file in the browser, so its problems show before anything is sent. A .csv or .jsonl
 * file too large for that is streamed instead: the upload endpoint checks it row by row on the server.
 */
export async function chooseItemsFile<P>(file: File, reader: FileReader<P>): Promise<ChosenFile<P>> {
  const format = uploadFormatOf(file.name);
  const stream = { name: file.name, stream: { file, format: format as UploadFormat } };
  if (format && file.size > reader.maxBytes) return stream;
  const parsed = reader.parse(await file.text());
  return format && reader.onlyTooMany(parsed) ? stream : { name: file.name, parsed };
}
