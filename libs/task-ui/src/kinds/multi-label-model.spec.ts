import { multiLabel, presets, type MultiLabelConfig } from '@fourmi/task-kinds';
import { describe, expect, it } from 'vitest';
import { buildMultiLabelAnswer, multiLabelCommand, selectionBounds, selectionProblem, toggleLabel } from './multi-label-model';

function config(raw: unknown): MultiLabelConfig {
  const result = multiLabel.parseConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
const labels = [
  { value: 'a', text: 'A' },
  { value: 'b', text: 'B', hotkey: 'x' },
  { value: 'c', text: 'C' },
];
const oneToTwo = config({ labels, minSelected: 1, maxSelected: 2 });
const input = { text: 'item' };

describe('multi-label keys', () => {
  it('toggles a label by its hotkey, without regard to case', () => {
    expect(multiLabelCommand({ key: '1' }, oneToTwo)).toEqual({ type: 'toggle', value: 'a' });
    expect(multiLabelCommand({ key: 'X' }, oneToTwo)).toEqual({ type: 'toggle', value: 'b' });
    expect(multiLabelCommand({ key: '3' }, oneToTwo)).toEqual({ type: 'toggle', value: 'c' });
    expect(multiLabelCommand({ key: '9' }, oneToTwo)).toBeNull();
    expect(multiLabelCommand({ key: '1', targetTag: 'TEXTAREA' }, oneToTwo)).toBeNull();
  });

  it('sends on Enter, but leaves Enter on a focused button to the button', () => {
    expect(multiLabelCommand({ key: 'Enter' }, oneToTwo)).toEqual({ type: 'submit' });
    expect(multiLabelCommand({ key: 'Enter', targetTag: 'DIV' }, oneToTwo)).toEqual({ type: 'submit' });
    expect(multiLabelCommand({ key: 'Enter', targetTag: 'BUTTON' }, oneToTwo)).toBeNull();
    expect(multiLabelCommand({ key: 'Enter', targetTag: 'BUTTON', ctrlKey: true }, oneToTwo)).toEqual({ type: 'submit' });
    expect(multiLabelCommand({ key: 'Enter', repeat: true }, oneToTwo)).toBeNull();
  });
});

describe('multi-label selection', () => {
  it('keeps config order and refuses to go past the maximum', () => {
    let selected: string[] = [];
    selected = toggleLabel(selected, 'c', oneToTwo).selected;
    selected = toggleLabel(selected, 'a', oneToTwo).selected;
    expect(selected).toEqual(['a', 'c']);
    expect(toggleLabel(selected, 'b', oneToTwo)).toEqual({ selected: ['a', 'c'], refused: true });
    expect(toggleLabel(selected, 'a', oneToTwo)).toEqual({ selected: ['c'], refused: false });
  });

  it('replaces the choice when only one label is allowed', () => {
    const single = config({ labels, minSelected: 1, maxSelected: 1 });
    expect(toggleLabel(['a'], 'b', single)).toEqual({ selected: ['b'], refused: false });
  });

  it('names what is missing', () => {
    expect(selectionProblem([], oneToTwo)).toEqual({ key: 'tooFew', min: 1, max: 2 });
    expect(selectionProblem(['a'], oneToTwo)).toBeNull();
    expect(selectionProblem(['a', 'b', 'c'], oneToTwo)).toEqual({ key: 'tooMany', min: 1, max: 2 });
    expect(selectionProblem([], config({ labels, minSelected: 0 }))).toBeNull();
  });

  it('bounds the choice by what can go together: a label that stands alone leaves the others', () => {
    const withAlone = config({ labels: [{ value: 'ok', text: 'Fine' }, ...labels], aloneLabels: ['ok'] });
    expect(selectionBounds(withAlone)).toEqual({ min: 1, max: 3 });
    expect(selectionBounds(config({ labels: [{ value: 'ok', text: 'Fine' }, ...labels], maxSelected: 2, aloneLabels: ['ok'] }))).toEqual({ min: 1, max: 2 });
    expect(selectionBounds(oneToTwo)).toEqual({ min: 1, max: 2 });
    expect(selectionBounds(config({ labels }))).toEqual({ min: 1, max: 3 });
  });

  it('builds answers the kind accepts, and the kind refuses what the renderer refuses', () => {
    for (const selected of [['c', 'a'], ['b']]) {
      const answer = buildMultiLabelAnswer(selected, oneToTwo);
      expect(multiLabel.parseAnswer(answer, oneToTwo, input)).toEqual({ ok: true, value: answer });
    }
    expect(buildMultiLabelAnswer(['c', 'a'], oneToTwo)).toEqual({ labels: ['a', 'c'] });
    expect(selectionProblem([], oneToTwo)).not.toBeNull();
    expect(multiLabel.parseAnswer(buildMultiLabelAnswer([], oneToTwo), oneToTwo, input).ok).toBe(false);
  });

  it('works with the moderation preset', () => {
    const moderation = config(presets.find((p) => p.id === 'moderation')?.config);
    const keys = ['1', '7'].map((key) => multiLabelCommand({ key }, moderation));
    const selected = keys.reduce<string[]>((s, c) => (c?.type === 'toggle' ? toggleLabel(s, c.value, moderation).selected : s), []);
    const answer = buildMultiLabelAnswer(selected, moderation);
    expect(answer).toEqual({ labels: ['hate:high', 'spam:low'] });
    expect(multiLabel.parseAnswer(answer, moderation, input).ok).toBe(true);
  });

  it('lets "Nothing wrong" stand alone: it replaces the violations chosen, and a violation replaces it', () => {
    const moderation = config(presets.find((p) => p.id === 'moderation')?.config);
    const press = (selected: string[], key: string) => {
      const command = multiLabelCommand({ key }, moderation);
      return command?.type === 'toggle' ? toggleLabel(selected, command.value, moderation).selected : selected;
    };
    const violations = press(press([], '1'), '7');
    expect(press(violations, '0')).toEqual(['ok']);
    expect(press(['ok'], '1')).toEqual(['hate:high']);
    expect(press(['ok'], '0')).toEqual([]);
    expect(multiLabel.parseAnswer(buildMultiLabelAnswer(press(violations, '0'), moderation), moderation, input).ok).toBe(true);
  });
});
