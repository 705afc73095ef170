import { useRef, type KeyboardEvent } from 'react';

export interface ViewDef {
  id: string;
  label: string;
}

interface Props {
  views: readonly ViewDef[];
  selected: string;
  onSelect: (id: string) => void;
  panelId: string;
}

/** WAI-ARIA tabs with automatic activation: arrow keys, Home and End move between views. */
export function ViewTabs({ views, selected, onSelect, panelId }: Props) {
  const refs = useRef<Record<string, HTMLButtonElement | null>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const index = views.findIndex((v) => v.id === selected);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1 + views.length, Home: 0, End: views.length - 1 }[event.key];
    const next = target === undefined ? undefined : views[target % views.length];
    if (!next) return;
    event.preventDefault();
    onSelect(next.id);
    refs.current[next.id]?.focus();
  };

  return (
    <div role="tablist" aria-label="Insight views" className="insights-tabs" onKeyDown={onKeyDown}>
      {views.map((v) => (
        <button
          key={v.id}
          ref={(el) => {
            refs.current[v.id] = el;
          }}
          type="button"
          role="tab"
          id={`insights-tab-${v.id}`}
          aria-selected={v.id === selected}
          aria-controls={panelId}
          tabIndex={v.id === selected ? 0 : -1}
          onClick={() => onSelect(v.id)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
