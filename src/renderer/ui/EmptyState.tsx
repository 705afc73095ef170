import type { ReactNode } from 'react';

interface Props {
  icon?: ReactNode;
  /** What is missing, in plain words: "No doses planned for today." */
  title: string;
  /** What a newcomer can do first. */
  children?: ReactNode;
  action?: ReactNode;
}

/** Every list's empty state tells a newcomer what to do first (DESIGN.md "System"). */
export function EmptyState({ icon, title, children, action }: Props) {
  return (
    <div className="ui-empty">
      {icon && <span className="ui-empty-icon" aria-hidden="true">{icon}</span>}
      <p className="ui-empty-title">{title}</p>
      {children && <div className="ui-empty-body">{children}</div>}
      {action && <div className="ui-empty-action">{action}</div>}
    </div>
  );
}
