import { describe, expect, it } from 'vitest';
import { describeHotkeys, readClassificationConfig, readClassificationInput } from './classification-model';

describe('readClassificationConfig', () => {
  it('gives hotkeys 1..9 then 0 by position when none is set', () => {
    const labels = readClassificationConfig({
      labels: Array.from({ length: 11 }, (_, i) => ({ value: `v${i}`, text: `T${i}` })),
    });
    expect(labels?.map((l) => l.hotkey)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', undefined]);
  });

  it('keeps explicit hotkeys and skips defaults already taken', () => {
    const labels = readClassificationConfig({
      labels: [
        { value: 'a', text: 'A', hotkey: '2' },
        { value: 'b', text: 'B' },
        { value: 'c', text: 'C' },
      ],
    });
    expect(labels?.map((l) => l.hotkey)).toEqual(['2', undefined, '3']);
  });

  it('falls back to the value as text, and refuses what is not a classification config', () => {
    expect(readClassificationConfig({ labels: [{ value: 'x' }] })).toEqual([{ value: 'x', text: 'x', hotkey: '1' }]);
    expect(readClassificationConfig(null)).toBeNull();
    expect(readClassificationConfig({ labels: [] })).toBeNull();
    expect(readClassificationConfig({ labels: [{ text: 'no value' }] })).toBeNull();
  });
});

describe('readClassificationInput', () => {
  it('accepts a text, an image or both', () => {
    expect(readClassificationInput({ text: 'hi' })).toEqual({ text: 'hi' });
    expect(readClassificationInput({ imageUrl: '/media/a.png' })).toEqual({ imageUrl: '/media/a.png' });
    expect(readClassificationInput({ other: 1 })).toBeNull();
    expect(readClassificationInput('text')).toBeNull();
  });
});

describe('describeHotkeys', () => {
  it('shortens runs of digits', () => {
    const view = (hotkey: string) => ({ value: hotkey, text: hotkey, hotkey });
    expect(describeHotkeys(['1', '2', '3'].map(view))).toBe('1–3');
    expect(describeHotkeys(['1', '2'].map(view))).toBe('1, 2');
    expect(describeHotkeys(['y', 'n'].map(view))).toBe('y, n');
  });
});
