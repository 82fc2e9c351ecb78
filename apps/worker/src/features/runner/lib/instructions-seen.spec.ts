import { describe, expect, it } from 'vitest';
import { fingerprint, instructionsStartOpen, rememberInstructions, type SeenStore } from './instructions-seen';

const memory = (): SeenStore & { items: Map<string, string> } => {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
};

describe('instructions seen', () => {
  it('start open, stay closed on the project once closed, and open again when the requester edits them', () => {
    const store = memory();
    expect(instructionsStartOpen(store, 'p1', 'Choose the sentiment.')).toBe(true);
    rememberInstructions(store, 'p1', 'Choose the sentiment.', false);
    expect(instructionsStartOpen(store, 'p1', 'Choose the sentiment.')).toBe(false);
    // Another project's instructions are its own.
    expect(instructionsStartOpen(store, 'p2', 'Choose the sentiment.')).toBe(true);
    expect(instructionsStartOpen(store, 'p1', 'Choose the sentiment. Sarcasm is negative.')).toBe(true);
    rememberInstructions(store, 'p1', 'Choose the sentiment.', true);
    expect(instructionsStartOpen(store, 'p1', 'Choose the sentiment.')).toBe(true);
  });

  it('open every time without storage, and survive a storage that refuses', () => {
    expect(instructionsStartOpen(null, 'p1', 'x')).toBe(true);
    const full: SeenStore = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(() => rememberInstructions(full, 'p1', 'x', false)).not.toThrow();
  });

  it('tells edits apart', () => {
    expect(fingerprint('Choose the sentiment.')).toBe(fingerprint('Choose the sentiment.'));
    expect(fingerprint('Choose the sentiment.')).not.toBe(fingerprint('Choose the sentiment!'));
  });
});
