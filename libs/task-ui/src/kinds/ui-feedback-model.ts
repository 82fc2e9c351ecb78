import type { UiClick, UiFeedbackAnswer, UiFeedbackConfig } from '@fourmi/task-kinds';
import { findHotkey, isHotkeyCandidate, isSubmitPress, type KeyPress } from '../keyboard';

/**
 * Where the focus is on a UI-feedback task: the task itself, the screenshot (a crosshair moved by
 * the arrows), the rating or the category buttons, or the comment. Keys mean different things by zone,
 * because ratings and the default category hotkeys are both digits.
 */
export type UiZone = 'root' | 'shot' | 'rating' | 'category' | 'comment';

export const RATINGS = [1, 2, 3, 4, 5] as const;
/** Crosshair steps, as fractions of the screenshot: an arrow moves 2 %, Shift+arrow 10 %. */
export const SMALL_STEP = 0.02;
export const BIG_STEP = 0.1;

export type UiCommand =
  | { type: 'rate'; rating: number }
  | { type: 'category'; value: string }
  | { type: 'move'; dx: number; dy: number }
  | { type: 'mark' }
  | { type: 'unmark' }
  | { type: 'submit' }
  | null;

export function uiFeedbackCommand(press: KeyPress, zone: UiZone, config: UiFeedbackConfig): UiCommand {
  if (isSubmitPress(press)) return { type: 'submit' };
  if (zone === 'comment') return null;
  if (zone === 'shot' && config.allowClicks && !press.ctrlKey && !press.metaKey && !press.altKey) {
    const step = press.shiftKey ? BIG_STEP : SMALL_STEP;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[press.key];
    if (move) return { type: 'move', dx: move[0], dy: move[1] };
    if (press.key === ' ' && !press.repeat) return { type: 'mark' };
    if ((press.key === 'Backspace' || press.key === 'Delete') && !press.repeat) return { type: 'unmark' };
  }
  if (!isHotkeyCandidate(press)) return null;
  const hotkeys = config.categories.map((c) => c.hotkey);
  if (zone === 'category') {
    const category = config.categories[findHotkey(press, hotkeys)];
    return category ? { type: 'category', value: category.value } : null;
  }
  // Elsewhere digits 1-5 rate; a category hotkey that is not one of them still picks its category.
  const rating = RATINGS.find((r) => String(r) === press.key);
  if (rating !== undefined) return { type: 'rate', rating };
  const category = config.categories[findHotkey(press, hotkeys)];
  return category ? { type: 'category', value: category.value } : null;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
/** Four decimals: a tenth of a pixel on a 1,000-pixel screenshot, and short JSON. */
const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

/** A click at page coordinates on a box, as fractions of the box (0..1), whatever its display size. */
export function normaliseClick(clientX: number, clientY: number, box: { left: number; top: number; width: number; height: number }): UiClick {
  if (box.width <= 0 || box.height <= 0) return { x: 0.5, y: 0.5 };
  return { x: round4(clamp01((clientX - box.left) / box.width)), y: round4(clamp01((clientY - box.top) / box.height)) };
}

export function moveCursor(cursor: UiClick, dx: number, dy: number): UiClick {
  return { x: round4(clamp01(cursor.x + dx)), y: round4(clamp01(cursor.y + dy)) };
}

/** Adds a mark unless `max` are already there. */
export function addClick(clicks: readonly UiClick[], point: UiClick, max: number): { clicks: UiClick[]; refused: boolean } {
  if (clicks.length >= max) return { clicks: [...clicks], refused: true };
  return { clicks: [...clicks, { x: round4(clamp01(point.x)), y: round4(clamp01(point.y)) }], refused: false };
}

export interface UiFeedbackDraft {
  rating: number | null;
  category: string | null;
  comment: string;
  clicks: UiClick[];
}

export const emptyDraft: UiFeedbackDraft = { rating: null, category: null, comment: '', clicks: [] };

/** Characters as the server counts them: code points of the trimmed comment. */
export function commentLength(comment: string): number {
  return [...comment.trim()].length;
}

export type UiProblem = { key: 'rating' } | { key: 'category' } | { key: 'comment'; min: number };

/** What is still missing before the answer can be sent, in the order of the form. */
export function uiFeedbackProblems(draft: UiFeedbackDraft, config: UiFeedbackConfig): UiProblem[] {
  const problems: UiProblem[] = [];
  if (draft.rating === null) problems.push({ key: 'rating' });
  if (draft.category === null) problems.push({ key: 'category' });
  if (commentLength(draft.comment) < config.minCommentLength) problems.push({ key: 'comment', min: config.minCommentLength });
  return problems;
}

/** The answer of a complete draft (check `uiFeedbackProblems` first). */
export function buildUiFeedbackAnswer(draft: UiFeedbackDraft, config: UiFeedbackConfig): UiFeedbackAnswer {
  return {
    rating: draft.rating ?? 0,
    category: draft.category ?? '',
    comment: draft.comment.trim(),
    clicks: config.allowClicks ? draft.clicks.slice(0, config.maxClicks) : [],
  };
}
