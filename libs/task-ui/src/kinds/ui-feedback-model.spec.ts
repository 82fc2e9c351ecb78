import { presets, uiFeedback, type UiFeedbackConfig } from '@fourmi/task-kinds';
import { describe, expect, it } from 'vitest';
import {
  addClick,
  buildUiFeedbackAnswer,
  commentLength,
  emptyDraft,
  moveCursor,
  normaliseClick,
  uiFeedbackCommand,
  uiFeedbackProblems,
} from './ui-feedback-model';

function config(raw: unknown): UiFeedbackConfig {
  const result = uiFeedback.parseConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
const preset = config(presets.find((p) => p.id === 'ui-feedback')?.config);
const lettered = config({ categories: [{ value: 'layout', text: 'Layout', hotkey: 'l' }, { value: 'copy', text: 'Copy' }], minCommentLength: 0, allowClicks: false });
const input = { screenshotUrl: '/media/demo/checkout.svg' };

describe('UI feedback keys', () => {
  it('rates with 1-5 outside the categories, and picks categories by key inside them', () => {
    expect(uiFeedbackCommand({ key: '4' }, 'root', preset)).toEqual({ type: 'rate', rating: 4 });
    expect(uiFeedbackCommand({ key: '4' }, 'rating', preset)).toEqual({ type: 'rate', rating: 4 });
    expect(uiFeedbackCommand({ key: '4' }, 'category', preset)).toEqual({ type: 'category', value: 'accessibility' });
    // A category key that is no rating works anywhere outside the comment.
    expect(uiFeedbackCommand({ key: '6' }, 'root', preset)).toEqual({ type: 'category', value: 'none' });
    expect(uiFeedbackCommand({ key: 'L' }, 'root', lettered)).toEqual({ type: 'category', value: 'layout' });
    expect(uiFeedbackCommand({ key: '4', targetTag: 'TEXTAREA' }, 'comment', preset)).toBeNull();
  });

  it('moves the crosshair and marks on the screenshot, only when clicks are collected', () => {
    expect(uiFeedbackCommand({ key: 'ArrowRight' }, 'shot', preset)).toEqual({ type: 'move', dx: 0.02, dy: 0 });
    expect(uiFeedbackCommand({ key: 'ArrowUp', shiftKey: true }, 'shot', preset)).toEqual({ type: 'move', dx: 0, dy: -0.1 });
    expect(uiFeedbackCommand({ key: ' ' }, 'shot', preset)).toEqual({ type: 'mark' });
    expect(uiFeedbackCommand({ key: 'Backspace' }, 'shot', preset)).toEqual({ type: 'unmark' });
    expect(uiFeedbackCommand({ key: ' ' }, 'root', preset)).toBeNull();
    expect(uiFeedbackCommand({ key: 'ArrowRight' }, 'shot', lettered)).toBeNull();
  });

  it('sends with Ctrl+Enter from anywhere, even the comment', () => {
    expect(uiFeedbackCommand({ key: 'Enter', ctrlKey: true, targetTag: 'TEXTAREA' }, 'comment', preset)).toEqual({ type: 'submit' });
    expect(uiFeedbackCommand({ key: 'Enter', metaKey: true }, 'root', preset)).toEqual({ type: 'submit' });
    expect(uiFeedbackCommand({ key: 'Enter' }, 'root', preset)).toBeNull();
  });
});

describe('UI feedback marks', () => {
  it('normalises clicks to the displayed box, clamped and rounded', () => {
    const box = { left: 100, top: 50, width: 400, height: 200 };
    expect(normaliseClick(300, 100, box)).toEqual({ x: 0.5, y: 0.25 });
    expect(normaliseClick(50, 400, box)).toEqual({ x: 0, y: 1 });
    expect(normaliseClick(101, 51, box)).toEqual({ x: 0.0025, y: 0.005 });
    expect(normaliseClick(1, 1, { left: 0, top: 0, width: 0, height: 0 })).toEqual({ x: 0.5, y: 0.5 });
  });

  it('keeps the crosshair inside the screenshot', () => {
    expect(moveCursor({ x: 0.99, y: 0.01 }, 0.1, -0.1)).toEqual({ x: 1, y: 0 });
    expect(moveCursor({ x: 0.5, y: 0.5 }, 0.02, 0)).toEqual({ x: 0.52, y: 0.5 });
  });

  it('refuses marks past the maximum', () => {
    const two = addClick(addClick([], { x: 0.1, y: 0.1 }, 2).clicks, { x: 0.2, y: 0.2 }, 2).clicks;
    expect(addClick(two, { x: 0.3, y: 0.3 }, 2)).toEqual({ clicks: two, refused: true });
  });
});

describe('UI feedback answers', () => {
  it('lists what is missing, with the comment counted as the server counts it', () => {
    expect(uiFeedbackProblems(emptyDraft, preset).map((p) => p.key)).toEqual(['rating', 'category', 'comment']);
    expect(commentLength('  é👍 ')).toBe(2);
    expect(uiFeedbackProblems({ ...emptyDraft, rating: 2, category: 'layout', comment: ' 123456789 ' }, preset)).toEqual([{ key: 'comment', min: 10 }]);
  });

  it('builds answers the kind accepts', () => {
    const draft = { rating: 2, category: 'layout', comment: '  The button is hidden.  ', clicks: [{ x: 0.5, y: 0.25 }] };
    expect(uiFeedbackProblems(draft, preset)).toEqual([]);
    const answer = buildUiFeedbackAnswer(draft, preset);
    expect(answer.comment).toBe('The button is hidden.');
    expect(uiFeedback.parseAnswer(answer, preset, input)).toEqual({ ok: true, value: answer });
    const noClicks = buildUiFeedbackAnswer({ ...draft, category: 'copy' }, lettered);
    expect(noClicks.clicks).toEqual([]);
    expect(uiFeedback.parseAnswer(noClicks, lettered, input).ok).toBe(true);
  });
});
