import { INSTRUCTIONS_CLOSED_KEY } from '../../../app/config';

/** What the panel remembers in: the browser's localStorage, or nothing (private mode, tests). */
export interface SeenStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A short fingerprint of the instructions' text: an edit makes it differ, and opens them again. */
export function fingerprint(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return `${text.length}.${hash.toString(36)}`;
}

const keyOf = (projectId: string) => `${INSTRUCTIONS_CLOSED_KEY}.${projectId}`;

/**
 * Instructions start open until the worker closes them; closed, they stay closed on that project's
 * next tasks (on a phone they pushed the answers below the fold at every task), until they change.
 */
export function instructionsStartOpen(store: SeenStore | null, projectId: string, instructions: string): boolean {
  return store?.getItem(keyOf(projectId)) !== fingerprint(instructions);
}

export function rememberInstructions(store: SeenStore | null, projectId: string, instructions: string, open: boolean): void {
  try {
    if (open) store?.removeItem(keyOf(projectId));
    else store?.setItem(keyOf(projectId), fingerprint(instructions));
  } catch {
    // Storage full or refused: the panel still opens and closes, it just does not remember.
  }
}

/** The browser's storage when there is one. */
export function browserStore(): SeenStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
