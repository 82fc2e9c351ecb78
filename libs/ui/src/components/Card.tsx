import { useId, type ReactNode } from 'react';

export interface CardProps {
  title?: ReactNode;
  /** The heading level of the title (default 2). */
  level?: 2 | 3;
  actions?: ReactNode;
  className?: string;
  children?: ReactNode;
}

/** A titled section; the title names the region for assistive technology. */
export function Card({ title, level = 2, actions, className, children }: CardProps) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={['card', className].filter(Boolean).join(' ')} aria-labelledby={title ? id : undefined}>
      {(title || actions) && (
        <div className="card-header">
          {title && (
            <Heading id={id} className="card-title">
              {title}
            </Heading>
          )}
          {actions && <div className="card-actions">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}
