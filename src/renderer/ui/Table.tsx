import { useId, type ReactNode } from 'react';
import {
  Cell as AriaCell,
  Column as AriaColumn,
  Row as AriaRow,
  Table as AriaTable,
  TableBody as AriaTableBody,
  type CellProps,
  type ColumnProps,
  type RowProps,
} from 'react-aria-components';
import './Table.css';

type TableProps = {
  /** Tighter rows, for a table among other content. */
  compact?: boolean;
  /** A class of the caller's own, added to the table (not to the caption). */
  className?: string;
  children: ReactNode;
} & (
  | {
      /**
       * What the table holds, in words. A react-aria table is a grid, and a grid
       * takes its name from aria-labelledby, not from <caption>: the caption is a
       * line above the table that the table points to.
       */
      caption: ReactNode;
      /** Keep the caption for screen readers only (the heading above already says it). */
      hideCaption?: boolean;
      labelledBy?: never;
    }
  | {
      /** The id of a heading already on the page that names the table (a section's <h2>). */
      labelledBy: string;
      caption?: never;
      hideCaption?: never;
    }
);

const joined = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/**
 * The one data table: react-aria's Table (role grid), so arrow keys move
 * between cells and a button inside a cell is reached by them; Tab enters and
 * leaves the table as one stop. Build it from TableHeader/Column and
 * TableBody/Row/Cell below; mark the column that names each row isRowHeader.
 */
export function Table({ caption, hideCaption = false, labelledBy, compact = false, className, children }: TableProps) {
  const captionId = useId();
  return (
    <div className="ui-table">
      {labelledBy === undefined && (
        <div id={captionId} className={hideCaption ? 'visually-hidden' : 'ui-table-caption'}>
          {caption}
        </div>
      )}
      <AriaTable aria-labelledby={labelledBy ?? captionId} className={joined('ui-table-grid', compact && 'is-compact', className)}>
        {children}
      </AriaTable>
    </div>
  );
}

export { TableHeader } from 'react-aria-components';

/** Right-aligned figures, so digits line up (give the column and its cells both). */
type Numeric = { numeric?: boolean; className?: string };

export function Column({ numeric, className, ...props }: Omit<ColumnProps, 'className'> & Numeric) {
  return <AriaColumn {...props} className={joined('ui-table-column', numeric && 'is-numeric', className)} />;
}

/** The table's rows; `empty` is shown, as one row, when there are none. */
export function TableBody({ empty, children }: { empty?: ReactNode; children: ReactNode }) {
  return (
    <AriaTableBody renderEmptyState={empty === undefined ? undefined : () => <span className="ui-table-empty">{empty}</span>}>
      {children}
    </AriaTableBody>
  );
}

export function Row({ className, ...props }: Omit<RowProps<object>, 'className'> & { className?: string }) {
  return <AriaRow {...props} className={joined('ui-table-row', className)} />;
}

export function Cell({ numeric, className, ...props }: Omit<CellProps, 'className'> & Numeric) {
  return <AriaCell {...props} className={joined('ui-table-cell', numeric && 'is-numeric', className)} />;
}
