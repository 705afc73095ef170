import { MARKER_KIND_LABELS, type Marker } from '../../../shared/insights/events';
import { formatDay } from '../../../shared/insights/format';

interface Props {
  markers: readonly Marker[];
  highlighted: string | null;
  onHighlight: (markerId: string | null) => void;
}

/** The events marked on the chart, in words; focusing or hovering one shows its marker on the chart. */
export function MarkerList({ markers, highlighted, onHighlight }: Props) {
  return (
    <details className="insights-markers">
      <summary>Events marked on this chart ({markers.length})</summary>
      <ul>
        {markers.map((m) => (
          <li key={m.id}>
            <button
              type="button"
              className="insights-marker-button"
              aria-current={highlighted === m.id ? 'true' : undefined}
              onClick={() => onHighlight(m.id)}
              onFocus={() => onHighlight(m.id)}
              onBlur={() => onHighlight(null)}
              onMouseEnter={() => onHighlight(m.id)}
              onMouseLeave={() => onHighlight(null)}
            >
              <span className={`insights-marker-swatch insights-marker-${m.kind}`} aria-hidden="true" />
              {formatDay(m.day)}: {m.label} <span className="muted">({MARKER_KIND_LABELS[m.kind]})</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
