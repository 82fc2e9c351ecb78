import { getTaskKind, type TaskKind } from '@fourmi/task-kinds';
import { readClassificationConfig } from '@fourmi/task-ui';

/**
 * Shows answers by the names the requester gave (label and category texts, taxonomy labels) rather
 * than their stored values.
 */
export function labelNamer(config: unknown): (value: string) => string {
  const texts = new Map((readClassificationConfig(config) ?? []).map((l) => [l.value, l.text]));
  const c = (config ?? {}) as { categories?: { value?: unknown; text?: unknown }[]; taxonomy?: { id?: unknown; label?: unknown }[] };
  for (const category of Array.isArray(c.categories) ? c.categories : []) {
    if (typeof category.value === 'string' && typeof category.text === 'string') texts.set(category.value, category.text);
  }
  for (const node of Array.isArray(c.taxonomy) ? c.taxonomy : []) {
    if (typeof node.id === 'string' && typeof node.label === 'string') texts.set(node.id, node.label);
  }
  return (value) => texts.get(value) ?? value;
}

/** A short, readable text for an answer of any task kind. */
export function answerSummary(answer: unknown, nameOf: (value: string) => string): string {
  if (typeof answer !== 'object' || answer === null) return JSON.stringify(answer);
  const a = answer as { label?: unknown; labels?: unknown; path?: unknown; transcript?: unknown; rating?: unknown; category?: unknown; comment?: unknown; clicks?: unknown };
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null);
  const quoted = typeof a.transcript === 'string' ? `“${a.transcript}”` : null;
  if (typeof a.rating === 'number' && typeof a.category === 'string') {
    const marks = Array.isArray(a.clicks) && a.clicks.length ? ` (${a.clicks.length} ✕)` : '';
    return `${'★'.repeat(a.rating)} ${nameOf(a.category)} · “${String(a.comment ?? '')}”${marks}`;
  }
  if (typeof a.label === 'string') return quoted ? `${nameOf(a.label)} — ${quoted}` : nameOf(a.label);
  if (quoted) return quoted;
  const labels = strings(a.labels);
  if (labels) return labels.length ? labels.map(nameOf).join(', ') : '∅';
  const path = strings(a.path);
  if (path) return path.map(nameOf).join(' › ');
  return JSON.stringify(answer);
}

/**
 * The consensus in the requester's words. Its vote key is one label value for most kinds, but the
 * sorted label values joined by "|" for several labels and the category ids joined by "/" for a path:
 * those are shown as an answer that voted for it is ("Hate speech, Spam or scam", "Home › Lamps").
 */
export function consensusText(kind: TaskKind, config: unknown, voteKey: string, answers: readonly { answer: unknown }[], nameOf: (value: string) => string): string {
  if (kind === 'MULTI_LABEL' || kind === 'CATEGORIZATION') {
    const definition = getTaskKind(kind);
    const voter = answers.find((a) => {
      try {
        return definition.voteKey(a.answer as never, config as never) === voteKey;
      } catch {
        return false; // an answer of another shape (a config changed since) does not name it
      }
    });
    if (voter) return answerSummary(voter.answer, nameOf);
  }
  return nameOf(voteKey);
}

/**
 * A stored vote key in the project's words when the task kind is not at hand (a rejection's evidence):
 * one label, several joined by "|" (several labels) or a category path joined by "/"; a key whose
 * parts are not all the project's values is shown as stored.
 */
export function voteKeyText(voteKey: string, nameOf: (value: string) => string): string {
  if (nameOf(voteKey) !== voteKey) return nameOf(voteKey);
  for (const [separator, joiner] of [['|', ', '], ['/', ' › ']] as const) {
    const parts = voteKey.split(separator);
    if (parts.length > 1 && parts.every((part) => nameOf(part) !== part)) return parts.map(nameOf).join(joiner);
  }
  return voteKey;
}

export interface ItemView {
  text?: string;
  imageUrl?: string;
}

export function itemView(input: unknown): ItemView {
  if (typeof input !== 'object' || input === null) return { text: JSON.stringify(input) };
  const obj = input as Record<string, unknown>;
  const view: ItemView = {};
  const text = obj['text'] ?? obj['title'] ?? obj['context'] ?? obj['audioUrl'];
  const image = obj['imageUrl'] ?? obj['screenshotUrl'];
  if (typeof text === 'string') view.text = text;
  if (typeof image === 'string') view.imageUrl = image;
  if (view.text === undefined && view.imageUrl === undefined) view.text = JSON.stringify(input);
  return view;
}

/** "1–20" style range of one page, 1-based, for the pager. */
export function pageRange(offset: number, pageSize: number, total: number): { from: number; to: number } {
  if (total === 0) return { from: 0, to: 0 };
  return { from: offset + 1, to: Math.min(offset + pageSize, total) };
}
