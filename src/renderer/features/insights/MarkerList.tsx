import { MARKER_KIND_LABELS } from '../../../shared/insights/events';
import type { MarkerGroup } from '../../../shared/insights/marker-groups';
import { formatDay } from '../../../shared/time/format';
import { Button } from '../../ui/Button';
import styles from './insights.module.css';
import { cx } from '../../ui/class-names';

interface Props {
  /** The same groups the chart draws, so the list and the picture agree. */
  markers: readonly MarkerGroup[];
  highlighted: string | null;
  onHighlight: (markerId: string | null) => void;
}

/** The events marked on the chart, in words; focusing or hovering one shows its marker on the chart. */
export function MarkerList({ markers, highlighted, onHighlight }: Props) {
  return (
    <details className={styles.markers}>
      <summary>Events marked on this chart ({markers.length})</summary>
      <ul>
        {markers.map((m) => (
          <li key={m.id}>
            <Button
              variant="quiet"
              className={styles.markerButton}
              aria-current={highlighted === m.id ? 'true' : undefined}
              onPress={() => onHighlight(m.id)}
              onFocus={() => onHighlight(m.id)}
              onBlur={() => onHighlight(null)}
              onHoverStart={() => onHighlight(m.id)}
              onHoverEnd={() => onHighlight(null)}
            >
              <span className={cx(styles.markerSwatch, styles[`marker-${m.kind}`])} aria-hidden="true" />
              {m.members.length === 1 ? `${formatDay(m.from)}: ${m.label}` : m.label}{' '}
              <span className="muted">({m.lane === 'therapy' ? 'Therapy' : m.members.length === 1 ? MARKER_KIND_LABELS[m.kind] : 'Medication'})</span>
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
