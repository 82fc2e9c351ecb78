import { readClassificationConfig } from '@fourmi/task-ui';

/** Shows answers by their label text (from the project config) rather than their stored value. */
export function labelNamer(config: unknown): (value: string) => string {
  const labels = readClassificationConfig(config) ?? [];
  const texts = new Map(labels.map((l) => [l.value, l.text]));
  return (value) => texts.get(value) ?? value;
}

/** A short text for any answer: its label for classification, else compact JSON. */
export function answerSummary(answer: unknown, nameOf: (value: string) => string): string {
  const label = (answer as { label?: unknown } | null)?.label;
  if (typeof label === 'string') return nameOf(label);
  return JSON.stringify(answer);
}

export interface ItemView {
  text?: string;
  imageUrl?: string;
}

export function itemView(input: unknown): ItemView {
  if (typeof input !== 'object' || input === null) return { text: JSON.stringify(input) };
  const obj = input as Record<string, unknown>;
  const view: ItemView = {};
  if (typeof obj['text'] === 'string') view.text = obj['text'];
  if (typeof obj['imageUrl'] === 'string') view.imageUrl = obj['imageUrl'];
  if (view.text === undefined && view.imageUrl === undefined) view.text = JSON.stringify(input);
  return view;
}

/** "1–20" style range of one page, 1-based, for the pager. */
export function pageRange(offset: number, pageSize: number, total: number): { from: number; to: number } {
  if (total === 0) return { from: 0, to: 0 };
  return { from: offset + 1, to: Math.min(offset + pageSize, total) };
}
