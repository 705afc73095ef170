import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { PHQ9, PHQ9_SAFETY_ITEM } from '../../../shared/clinical/questionnaires';
import { SafetyPlanView } from '../safety-plan/SafetyPlanView';
import { useSafetyPlan } from '../safety-plan/useSafetyPlan';
import { EmergencyLine } from '../vault/EmergencyLine';

/**
 * Opens at once when PHQ-9 item 9 is answered above 0 (CLINICAL.md): the user's
 * own plan and contacts, and a plain statement that nobody is watching.
 */
export function SafetyScreen({ answerLabel, onClose }: { answerLabel: string | null; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [plan] = useSafetyPlan();
  const navigate = useNavigate();
  const open = answerLabel !== null;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      heading.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  return (
    <dialog ref={dialog} className="safety-screen" aria-labelledby="safety-title" onClose={onClose}>
      <h2 id="safety-title" tabIndex={-1} ref={heading}>
        Your safety plan
      </h2>
      <p>
        You answered “{answerLabel}” to “{PHQ9.items[PHQ9_SAFETY_ITEM]}”. Here is the plan you made for moments like this.
      </p>
      <p className="plan-notice">
        <strong>Cairn is private and nobody monitors it, so it cannot send help.</strong>
      </p>
      <SafetyPlanView plan={plan} />
      <EmergencyLine />
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            onClose();
            void navigate('/safety-plan');
          }}
        >
          Edit my safety plan
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
