import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** A sentence under the title. */
  description?: ReactNode;
  /** The page's primary action (at most one filled button). */
  actions?: ReactNode;
}

/** The page's h1 (id "page-title", which the page's section is labelled by) and its one action. */
export function PageHeader({ title, description, actions }: Props) {
  return (
    <header className="ui-page-header">
      <div>
        <h1 id="page-title">{title}</h1>
        {description && <p className="ui-page-description">{description}</p>}
      </div>
      {actions && <div className="ui-page-actions">{actions}</div>}
    </header>
  );
}
