import type { ClassificationConfig, ClassificationInput } from '@fourmi/task-kinds';

export interface LabelView {
  value: string;
  text: string;
  hotkey: string | undefined;
}

/**
 * Default hotkeys by position, 1..9 then 0, as in libs/task-kinds (labels.ts): a default already
 * claimed by another label is skipped rather than moved, so a digit always matches its position.
 */
const DEFAULT_HOTKEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The labels to show, with their hotkeys; null when the config is not a classification config. */
export function readClassificationConfig(raw: unknown): LabelView[] | null {
  if (!isRecord(raw) || !Array.isArray(raw['labels'])) return null;
  const labels: ClassificationConfig['labels'] = [];
  for (const item of raw['labels']) {
    if (!isRecord(item) || typeof item['value'] !== 'string') return null;
    const text = typeof item['text'] === 'string' && item['text'] ? item['text'] : item['value'];
    const hotkey = typeof item['hotkey'] === 'string' && item['hotkey'] ? item['hotkey'] : undefined;
    labels.push(hotkey ? { value: item['value'], text, hotkey } : { value: item['value'], text });
  }
  if (labels.length === 0) return null;
  const taken = new Set(labels.flatMap((l) => (l.hotkey ? [l.hotkey.toLowerCase()] : [])));
  return labels.map((label, i) => {
    const fallback = DEFAULT_HOTKEYS[i];
    const hotkey = label.hotkey ?? (fallback !== undefined && !taken.has(fallback) ? fallback : undefined);
    return { value: label.value, text: label.text, hotkey };
  });
}

/** The item to show; null unless it has a text or an image URL. */
export function readClassificationInput(raw: unknown): ClassificationInput | null {
  if (!isRecord(raw)) return null;
  const input: ClassificationInput = {};
  if (typeof raw['text'] === 'string') input.text = raw['text'];
  if (typeof raw['imageUrl'] === 'string' && raw['imageUrl']) input.imageUrl = raw['imageUrl'];
  return input.text !== undefined || input.imageUrl !== undefined ? input : null;
}

/** "1–3" for consecutive digits, else the keys listed: "1, 2, y, n". */
export function describeHotkeys(labels: readonly LabelView[]): string {
  const keys = labels.flatMap((l) => (l.hotkey ? [l.hotkey] : []));
  const digits = keys.map(Number);
  const consecutive =
    keys.length > 2 && keys.every((k) => /^[1-9]$/.test(k)) && digits.every((d, i) => i === 0 || d === (digits[i - 1] ?? 0) + 1);
  return consecutive ? `${keys[0]}–${keys[keys.length - 1]}` : keys.join(', ');
}
