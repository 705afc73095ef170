import { Link } from 'react-router';
import { focusOnShow } from '../focus-on-show';

/**
 * Shown after saving a card with an urge to die or to self-harm of 4 or more,
 * or a self-harm action (CLINICAL.md, "One safety path"). Until the app's one
 * safety screen exists this points to the person's own plan; wording is that
 * screen's, and it promises nothing.
 */
export function DiarySafetyNote({ onClose }: { onClose: () => void }) {
  return (
    <section ref={focusOnShow} tabIndex={-1} className="th-safety-note" role="region" aria-label="Your safety plan">
      <h3>Your safety plan is here</h3>
      <p>Thoughts like these can ease with support; the people on your plan would want to know.</p>
      <p>
        Your plan has your own coping steps and the people you can reach. Cairn is private and nobody monitors it, so it cannot send help.
      </p>
      <div className="actions">
        <Link to="/safety-plan" className="th-link-button">
          Open my safety plan
        </Link>
        <button type="button" onClick={onClose}>
          Not now
        </button>
      </div>
    </section>
  );
}
