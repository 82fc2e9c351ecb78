/** What a keydown looks like to the hotkey logic: enough of KeyboardEvent to test without a DOM. */
export interface KeyPress {
  key: string;
  repeat?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  defaultPrevented?: boolean;
  /** The tag name of the focused element and whether it is editable. */
  targetTag?: string;
  targetEditable?: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Hotkeys never fire while typing in a field, with a modifier (browser shortcuts), or on key repeat. */
export function isHotkeyCandidate(press: KeyPress): boolean {
  if (press.defaultPrevented || press.repeat) return false;
  if (press.ctrlKey || press.metaKey || press.altKey) return false;
  if (press.targetEditable || (press.targetTag && TYPING_TAGS.has(press.targetTag.toUpperCase()))) return false;
  return press.key.length === 1;
}

/** The index of the hotkey pressed, compared without regard to case (Shift), or -1. */
export function findHotkey(press: KeyPress, hotkeys: readonly (string | undefined)[]): number {
  if (!isHotkeyCandidate(press)) return -1;
  const key = press.key.toLowerCase();
  return hotkeys.findIndex((h) => h !== undefined && h.toLowerCase() === key);
}

export function toKeyPress(event: KeyboardEvent): KeyPress {
  const target = event.target instanceof HTMLElement ? event.target : null;
  return {
    key: event.key,
    repeat: event.repeat,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    shiftKey: event.shiftKey,
    defaultPrevented: event.defaultPrevented,
    targetTag: target?.tagName,
    targetEditable: target?.isContentEditable,
  };
}

const NATIVE_ENTER_TAGS = new Set(['BUTTON', 'A', 'INPUT', 'TEXTAREA', 'SELECT', 'SUMMARY']);

/** Whether the focus is in a text field, where letters, digits and Space belong to the text. */
export function isTyping(press: KeyPress): boolean {
  return Boolean(press.targetEditable || (press.targetTag && TYPING_TAGS.has(press.targetTag.toUpperCase())));
}

/**
 * Whether a key press asks to send the answer: Ctrl+Enter (or Cmd+Enter) anywhere, and with
 * `plainEnter` a bare Enter too, unless the focus is on a control that handles Enter itself
 * (a button, a link, a field), so Enter on a focused label still toggles that label.
 */
export function isSubmitPress(press: KeyPress, options: { plainEnter?: boolean } = {}): boolean {
  if (press.key !== 'Enter' || press.repeat || press.defaultPrevented) return false;
  if (press.ctrlKey || press.metaKey) return !press.altKey;
  if (!options.plainEnter || press.altKey || press.shiftKey) return false;
  return !(press.targetEditable || (press.targetTag && NATIVE_ENTER_TAGS.has(press.targetTag.toUpperCase())));
}
