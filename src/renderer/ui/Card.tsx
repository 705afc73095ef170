import { useId, type ReactNode } from 'react';

interface Props {
  /** The one question this card answers, as its heading. */
  title: string;
  /** Heading level inside the page (h2 under the page's h1). */
  level?: 2 | 3;
  icon?: ReactNode;
  /** Quiet actions beside the heading. */
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** One thing per card (DESIGN.md principle 1): a titled surface, named for screen readers by its heading. */
export function Card({ title, level = 2, icon, actions, children, className }: Props) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={['ui-card', className].filter(Boolean).join(' ')} aria-labelledby={id}>
      <header className="ui-card-header">
        {icon && <span className="ui-card-icon" aria-hidden="true">{icon}</span>}
        <Heading id={id} className="ui-card-title">
          {title}
        </Heading>
        {actions && <div className="ui-card-actions">{actions}</div>}
      </header>
      {children}
    </section>
  );
}
