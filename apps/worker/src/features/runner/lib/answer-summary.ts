import { readClassificationConfig } from '@fourmi/task-ui';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An answer in the task's own words, for feedback: a label's text instead of its value, several labels
 * joined, a category path with arrows, a transcript as written; anything else as compact JSON.
 */
export function describeAnswer(answer: unknown, config: unknown): string {
  const labels = readClassificationConfig(config);
  const labelText = (value: string) => labels?.find((l) => l.value === value)?.text ?? value;
  if (typeof answer === 'string') return labelText(answer);
  if (!isRecord(answer)) return answer === undefined || answer === null ? '—' : JSON.stringify(answer);
  const parts: string[] = [];
  if (typeof answer['label'] === 'string') parts.push(labelText(answer['label']));
  if (Array.isArray(answer['labels'])) {
    const texts = answer['labels'].filter((l): l is string => typeof l === 'string').map(labelText);
    parts.push(texts.length ? texts.join(', ') : '—');
  }
  if (Array.isArray(answer['path'])) parts.push(answer['path'].filter((p) => typeof p === 'string').join(' › '));
  if (typeof answer['transcript'] === 'string') parts.push(`“${answer['transcript']}”`);
  if (typeof answer['rating'] === 'number') parts.push(`${answer['rating']}/5`);
  if (typeof answer['category'] === 'string' && answer['category']) parts.push(answer['category']);
  return parts.length ? parts.join(' · ') : JSON.stringify(answer);
}
