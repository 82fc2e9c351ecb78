import { describe, expect, it } from 'vitest';
import { findHotkey, isHotkeyCandidate } from './keyboard';

describe('hotkeys', () => {
  const keys = ['1', '2', 'y', undefined];

  it('finds the label of a key, without regard to case', () => {
    expect(findHotkey({ key: '2' }, keys)).toBe(1);
    expect(findHotkey({ key: 'Y' }, keys)).toBe(2);
    expect(findHotkey({ key: '9' }, keys)).toBe(-1);
  });

  it('ignores typing, modifiers, key repeat, handled events and named keys', () => {
    expect(findHotkey({ key: '1', targetTag: 'input' }, keys)).toBe(-1);
    expect(findHotkey({ key: '1', targetTag: 'TEXTAREA' }, keys)).toBe(-1);
    expect(findHotkey({ key: '1', targetEditable: true }, keys)).toBe(-1);
    expect(findHotkey({ key: '1', ctrlKey: true }, keys)).toBe(-1);
    expect(findHotkey({ key: '1', metaKey: true }, keys)).toBe(-1);
    expect(findHotkey({ key: '1', altKey: true }, keys)).toBe(-1);
    expect(findHotkey({ key: '1', repeat: true }, keys)).toBe(-1);
    expect(findHotkey({ key: '1', defaultPrevented: true }, keys)).toBe(-1);
    expect(isHotkeyCandidate({ key: 'Enter' })).toBe(false);
    expect(isHotkeyCandidate({ key: '1', targetTag: 'BUTTON' })).toBe(true);
  });
});
