import type { ButtonHTMLAttributes, MouseEvent } from 'react';
import { Spinner } from './Spinner';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

/** The class names of a button, for links that look like buttons (`<Link className={buttonClass()}>`). */
export function buttonClass(variant: ButtonVariant = 'primary', extra?: string): string {
  return ['btn', `btn-${variant}`, extra].filter(Boolean).join(' ');
}

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Shows a spinner and refuses clicks (and the form's submission) while an action runs; the label stays the same. */
  busy?: boolean;
}

/**
 * A busy button is aria-disabled, not disabled: the browser moves the focus off a disabled button, so a
 * keyboard user who pressed Save would be thrown back to the top of the page. A click on it (also the
 * one a form's Enter makes on its submit button) is cancelled instead.
 */
export function Button({ variant = 'primary', busy = false, type = 'button', className, disabled, onClick, children, ...rest }: ButtonProps) {
  const click = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) return event.preventDefault();
    onClick?.(event);
  };
  return (
    <button
      type={type}
      className={buttonClass(variant, className)}
      disabled={disabled}
      aria-disabled={busy || undefined}
      aria-busy={busy || undefined}
      onClick={click}
      {...rest}
    >
      {busy && <Spinner size="small" decorative />}
      {children}
    </button>
  );
}
