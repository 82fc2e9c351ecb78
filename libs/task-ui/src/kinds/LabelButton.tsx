/**
 * The React key of a choice: its position with its value. Values alone are not unique while a
 * requester types them in the wizard's preview (two new labels are both ''), and React leaves
 * stray buttons behind when keys repeat.
 */
export const choiceKey = (value: string, index: number): string => `${index}:${value}`;

interface LabelButtonProps {
  label: { value: string; text: string; hotkey?: string };
  pressed: boolean;
  disabled?: boolean;
  onPress(value: string): void;
}

/** One choice of a task (a label, a category) with its hotkey badge; shared by every renderer that offers choices. */
export function LabelButton({ label, pressed, disabled, onPress }: LabelButtonProps) {
  return (
    <button
      type="button"
      className="btn btn-secondary task-label"
      aria-pressed={pressed}
      aria-keyshortcuts={label.hotkey}
      disabled={disabled}
      onClick={() => onPress(label.value)}
    >
      {label.hotkey && (
        <kbd className="kbd" aria-hidden="true">
          {label.hotkey}
        </kbd>
      )}
      <span>{label.text}</span>
    </button>
  );
}
