import { readClassificationConfig } from '@fourmi/task-ui';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The words a config gives its ids: taxonomy node ids to labels, UI-feedback category values to texts. */
function wordsOf(config: unknown, list: 'taxonomy' | 'categories'): Map<string, string> {
  const words = new Map<string, string>();
  const items = isRecord(config) && Array.isArray(config[list]) ? config[list] : [];
  const [key, text] = list === 'taxonomy' ? ['id', 'label'] : ['value', 'text'];
  for (const item of items) {
    if (isRecord(item) && typeof item[key] === 'string' && typeof item[text] === 'string' && item[text]) words.set(item[key], item[text]);
  }
  return words;
}

/**
 * An answer in the task's own words, for feedback: a label's text instead of its value, several labels
 * joined, a category path with its labels and arrows, a UI-feedback category's text, a transcript as
 * written; anything else as compact JSON.
 */
export function describeAnswer(answer: unknown, config: unknown): string {
  const labels = readClassificationConfig(config);
  const labelText = (value: string) => labels?.find((l) => l.value === value)?.text ?? value;
  const nodeLabels = wordsOf(config, 'taxonomy');
  const categoryTexts = wordsOf(config, 'categories');
  if (typeof answer === 'string') return labelText(answer);
  if (!isRecord(answer)) return answer === undefined || answer === null ? '—' : JSON.stringify(answer);
  const parts: string[] = [];
  if (typeof answer['label'] === 'string') parts.push(labelText(answer['label']));
  if (Array.isArray(answer['labels'])) {
    const texts = answer['labels'].filter((l): l is string => typeof l === 'string').map(labelText);
    parts.push(texts.length ? texts.join(', ') : '—');
  }
  if (Array.isArray(answer['path'])) parts.push(answer['path'].filter((p): p is string => typeof p === 'string').map((id) => nodeLabels.get(id) ?? id).join(' › '));
  if (typeof answer['transcript'] === 'string') parts.push(`“${answer['transcript']}”`);
  if (typeof answer['rating'] === 'number') parts.push(`${answer['rating']}/5`);
  if (typeof answer['category'] === 'string' && answer['category']) parts.push(categoryTexts.get(answer['category']) ?? answer['category']);
  return parts.length ? parts.join(' · ') : JSON.stringify(answer);
}
