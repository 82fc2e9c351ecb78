import { readFile } from 'node:fs/promises';
import { CliError } from './errors';

/** A file's text; an unreadable file is an error naming the option that gave it (`--config-file`, or `FILE` for a positional in capitals). */
export async function readText(file: string, option: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(`${optionName(option)}: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** A file holding one JSON object, or an error naming the option and what is wrong. */
export async function readJsonObject(file: string, option: string): Promise<Record<string, unknown>> {
  const text = await readText(file, option);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliError(`--${option}: ${file} is not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new CliError(`--${option}: ${file} must hold a JSON object`);
  return value as Record<string, unknown>;
}

const optionName = (option: string) => (/^[A-Z_]+$/.test(option) ? option : `--${option}`);
