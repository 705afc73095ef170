import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { crisisLinesText, emergencyNumbersText, HOPE_SENTENCE } from '../../../shared/clinical/crisis-numbers';
import { useRecords } from '../../db/useRecords';
import { isPlanEmpty, PlanReadOnly, SCREEN_ORDER } from './PlanReadOnly';
import './safety-screen.css';

/**
 * The one calm screen every safety source opens: the person's own contacts and
 * coping steps first, one sentence that promises nothing, crisis lines and
 * emergency numbers named once and apart, then the privacy facts. No advice.
 */
export function SafetyScreen({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const plan = useRecords('safety.plan')[0] ?? null;
  const navigate = useNavigate();
  const hasPlan = !isPlanEmpty(plan);

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

  const goToPlan = (edit: boolean) => {
    onClose();
    void navigate(edit ? '/safety-plan?edit=1' : '/safety-plan');
  };

  return (
    <dialog ref={dialog} className="safety-screen" aria-labelledby="safety-title" onClose={onClose}>
      <h2 id="safety-title" tabIndex={-1} ref={heading}>
        Your safety plan
      </h2>
      <p className="safety-hope">{HOPE_SENTENCE}</p>
      {hasPlan && plan ? (
        <PlanReadOnly plan={plan} order={SCREEN_ORDER} headingLevel={3} />
      ) : (
        <p className="safety-no-plan">
          You have not written a safety plan yet.{' '}
          <button type="button" className="link" onClick={() => goToPlan(true)}>
            Write my safety plan
          </button>
        </p>
      )}
      <section className="safety-numbers" aria-labelledby="safety-numbers-title">
        <h3 id="safety-numbers-title">Numbers you can call</h3>
        <p>
          <strong>Crisis lines:</strong> {crisisLinesText()}.
        </p>
        <p>
          <strong>Emergency numbers:</strong> {emergencyNumbersText()}.
        </p>
      </section>
      <p className="safety-privacy">
        Cairn is private: nobody monitors it, so it cannot send help or call anyone for you. PHQ-9 item-9 answers,
        diary-card urges of 4 or more and presses of “I’m struggling” print, with their dates, on your appointment summaries.
      </p>
      <div className="actions">
        {hasPlan ? (
          <button type="button" onClick={() => goToPlan(false)}>
            Open my whole safety plan
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          Back to Cairn
        </button>
      </div>
    </dialog>
  );
}
