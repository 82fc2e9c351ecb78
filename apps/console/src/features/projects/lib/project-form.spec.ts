import { getTaskKind } from '@fourmi/task-kinds';
import { describe, expect, it } from 'vitest';
import { defaultHotkey, initialProjectForm, isShownPath, newLabelRow, takenDefaultKey, toCreateProjectInput, type ProjectFormValues } from './project-form';

function form(overrides: Partial<ProjectFormValues> = {}): ProjectFormValues {
  return {
    ...initialProjectForm(),
    name: ' Sentiment ',
    instructions: 'Read **carefully**.',
    labels: [newLabelRow('pos', 'Positive'), newLabelRow('neg', 'Negative')],
    ...overrides,
  };
}

describe('toCreateProjectInput', () => {
  it('builds the API input, with the reward in integer cents', () => {
    const { input, errors } = toCreateProjectInput(form({ reward: '0,07', overlap: '5', leaseSeconds: '120' }));
    expect(errors).toEqual({});
    expect(input).toEqual({
      name: 'Sentiment',
      instructions: 'Read **carefully**.',
      kind: 'CLASSIFICATION',
      config: { labels: [{ value: 'pos', text: 'Positive' }, { value: 'neg', text: 'Negative' }] },
      rewardCents: 7,
      overlap: 5,
      leaseSeconds: 120,
    });
  });

  it('sends the estimated working time per task when one is given, so workers see an hourly rate before any answer', () => {
    expect(toCreateProjectInput(form({ estimatedSeconds: ' 12 ' })).input).toMatchObject({ estimatedSecondsPerTask: 12 });
    expect(toCreateProjectInput(form()).input).not.toHaveProperty('estimatedSecondsPerTask');
    for (const estimatedSeconds of ['0', '1.5', 'abc', '86401']) {
      expect(toCreateProjectInput(form({ estimatedSeconds })).errors).toEqual({ estimatedSecondsPerTask: 'form.estimateInvalid' });
    }
    expect(isShownPath('estimatedSecondsPerTask', 2)).toBe(true);
  });

  it('sends a hotkey only when one is typed', () => {
    const labels = [newLabelRow('y', 'Yes'), { ...newLabelRow('n', 'No'), hotkey: 'n' }];
    const { input } = toCreateProjectInput(form({ labels }));
    expect(input?.config).toEqual({ labels: [{ value: 'y', text: 'Yes' }, { value: 'n', text: 'No', hotkey: 'n' }] });
  });

  it('reports mistakes at the API field paths', () => {
    const labels = [newLabelRow('a', 'A'), newLabelRow('a', ''), { ...newLabelRow('b', 'B'), hotkey: 'xy' }];
    const { input, errors } = toCreateProjectInput(form({ name: ' ', reward: '0.001', overlap: '21', leaseSeconds: 'x', labels }));
    expect(input).toBeNull();
    expect(errors).toEqual({
      name: 'form.required',
      rewardCents: 'form.rewardInvalid',
      overlap: 'form.overlapRange',
      leaseSeconds: 'form.leaseInvalid',
      'config.labels[1].value': 'form.duplicateValue',
      'config.labels[1].text': 'form.required',
      'config.labels[2].hotkey': 'form.hotkeyOneChar',
    });
  });

  it('needs two labels and distinct hotkeys (whatever the case)', () => {
    expect(toCreateProjectInput(form({ labels: [newLabelRow('a', 'A')] })).errors).toEqual({ 'config.labels': 'form.labelsMin' });
    const labels = [{ ...newLabelRow('a', 'A'), hotkey: 'k' }, { ...newLabelRow('b', 'B'), hotkey: 'K' }];
    expect(toCreateProjectInput(form({ labels })).errors).toEqual({ 'config.labels[1].hotkey': 'form.duplicateHotkey' });
  });

  it('refuses a zero or negative reward and an overlap below 1', () => {
    expect(toCreateProjectInput(form({ reward: '0' })).errors).toHaveProperty('rewardCents');
    expect(toCreateProjectInput(form({ reward: '-1' })).errors).toHaveProperty('rewardCents');
    expect(toCreateProjectInput(form({ overlap: '0' })).errors).toHaveProperty('overlap');
    expect(toCreateProjectInput(form({ overlap: '10' })).errors).toEqual({});
    // Up to 20 answers per item, as the API allows (the form stopped at 10 before).
    expect(toCreateProjectInput(form({ overlap: '20' })).errors).toEqual({});
    expect(toCreateProjectInput(form({ overlap: '21' })).errors).toHaveProperty('overlap');
    expect(toCreateProjectInput(form({ leaseSeconds: '29' })).errors).toHaveProperty('leaseSeconds');
    expect(toCreateProjectInput(form({ leaseSeconds: '86401' })).errors).toHaveProperty('leaseSeconds');
    expect(toCreateProjectInput(form({ leaseSeconds: '30' })).errors).toEqual({});
  });
});

describe('server error placement', () => {
  it('places label row paths on existing rows only', () => {
    expect(isShownPath('config.labels[1].value', 2)).toBe(true);
    expect(isShownPath('config.labels[1]', 2)).toBe(true);
    expect(isShownPath('config.labels[2].value', 2)).toBe(false);
    // The quality rules have their fields too: the server's message goes there, not also in the alert.
    expect(isShownPath('qualityRules.minOverlap', 2)).toBe(true);
    expect(isShownPath('goldRatio', 2)).toBe(true);
    expect(isShownPath('qualityRules.unknownRule', 2)).toBe(false);
    expect(isShownPath('rewardCents', 2)).toBe(true);
    expect(isShownPath('config.labels', 2)).toBe(true);
  });

  it('shows the default hotkeys 1..9 then 0', () => {
    expect([0, 8, 9, 10].map((i) => defaultHotkey(i))).toEqual(['1', '9', '0', '']);
  });

  it('shows no default hotkey for a label whose key another label typed, as workers get none', () => {
    const rows = [newLabelRow('pos', 'Positive'), { ...newLabelRow('neg', 'Negative'), hotkey: '1' }, newLabelRow('mixed', 'Mixed')];
    expect(rows.map((_, i) => defaultHotkey(i, rows))).toEqual(['', '2', '3']);
    // What the task kind gives workers for the same labels: the placeholders promised no other key.
    const parsed = getTaskKind('CLASSIFICATION').parseConfig({ labels: rows.map(({ value, text, hotkey }) => (hotkey ? { value, text, hotkey } : { value, text })) });
    expect(parsed.ok && parsed.value.labels.map((l) => l.hotkey ?? '')).toEqual(['', '1', '3']);
  });

  it('says which label lost its default key to another, to warn the requester', () => {
    const rows = [newLabelRow('pos', 'Positive'), { ...newLabelRow('neg', 'Negative'), hotkey: '1' }, newLabelRow('mixed', 'Mixed')];
    expect(rows.map((_, i) => takenDefaultKey(i, rows))).toEqual(['1', null, null]);
    // A label with its own key, or past the tenth, has no default to lose.
    expect(takenDefaultKey(0, [{ ...rows[0], hotkey: 'p' }, rows[1]])).toBeNull();
    expect(takenDefaultKey(10, Array.from({ length: 11 }, () => newLabelRow('', '')))).toBeNull();
  });
});
