import type { MultiLabelAnswer, MultiLabelConfig } from '@fourmi/task-kinds';
import { findHotkey, isSubmitPress, type KeyPress } from '../keyboard';

/** What a key press means on a multi-label task. */
export type MultiLabelCommand = { type: 'toggle'; value: string } | { type: 'submit' } | null;

export function multiLabelCommand(press: KeyPress, config: MultiLabelConfig): MultiLabelCommand {
  if (isSubmitPress(press, { plainEnter: true })) return { type: 'submit' };
  const label = config.labels[findHotkey(press, config.labels.map((l) => l.hotkey))];
  return label ? { type: 'toggle', value: label.value } : null;
}

/**
 * How many labels an answer can really hold: a label that stands alone ("Nothing wrong") is never
 * chosen with another, so the most is the other labels' count when that is below maxSelected.
 */
export function selectionBounds(config: MultiLabelConfig): { min: number; max: number } {
  const alone = config.aloneLabels?.length ?? 0;
  const others = config.labels.length - alone;
  const max = alone > 0 ? Math.max(1, Math.min(config.maxSelected, others)) : config.maxSelected;
  return { min: config.minSelected, max: Math.max(config.minSelected, max) };
}

/** Why the current selection cannot be sent, or null when it can. */
export type SelectionProblem = { key: 'tooFew' | 'tooMany'; min: number; max: number } | null;

export function selectionProblem(selected: readonly string[], config: MultiLabelConfig): SelectionProblem {
  const { minSelected: min, maxSelected: max } = config;
  if (selected.length < min) return { key: 'tooFew', min, max };
  if (selected.length > max) return { key: 'tooMany', min, max };
  return null;
}

/**
 * Toggles a label, keeping config order. Adding past `maxSelected` is refused (the selection is
 * unchanged and `refused` says why), except with a single choice allowed, where the new label replaces the old.
 * A label that stands alone (aloneLabels, "Nothing wrong") replaces the others, and any other replaces it.
 */
export function toggleLabel(selected: readonly string[], value: string, config: MultiLabelConfig): { selected: string[]; refused: boolean } {
  const alone = new Set(config.aloneLabels ?? []);
  if (!selected.includes(value) && alone.has(value)) return { selected: [value], refused: false };
  const chosen = new Set(selected.filter((v) => !alone.has(v) || v === value));
  if (chosen.has(value)) chosen.delete(value);
  else if (config.maxSelected === 1) return { selected: [value], refused: false };
  else if (chosen.size >= config.maxSelected) return { selected: [...selected], refused: true };
  else chosen.add(value);
  return { selected: config.labels.map((l) => l.value).filter((v) => chosen.has(v)), refused: false };
}

export function buildMultiLabelAnswer(selected: readonly string[], config: MultiLabelConfig): MultiLabelAnswer {
  const chosen = new Set(selected);
  return { labels: config.labels.map((l) => l.value).filter((v) => chosen.has(v)) };
}
