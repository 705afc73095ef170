import type { SummaryPeriod } from '../../../shared/summary/period';
import { formatDay } from './format';
import { Column } from '../../ui/Table';
import styles from './summary.module.css';

/** The header of the column that compares with the period before: one wording and one date line for every table that has it. */
export function PreviousPeriodColumn({ period }: { period: SummaryPeriod }) {
  return (
    <Column>
      Previous period
      <span className={styles.sub}>
        {formatDay(period.from)} – {formatDay(period.to)}
      </span>
    </Column>
  );
}
