import { LifeBuoy } from 'lucide-react';
import { useSafetyPath } from './useSafetyPath';

/** Always in the sidebar: opens the same safety screen as every other source. */
export function StrugglingButton() {
  const { open } = useSafetyPath();
  return (
    <button type="button" className="struggling-button" onClick={() => open('struggling-button')}>
      <LifeBuoy aria-hidden="true" size={16} strokeWidth={2} />
      <span>I’m struggling</span>
    </button>
  );
}
