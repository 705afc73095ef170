import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { crisisLinesText, emergencyNumbersText, HOPE_SENTENCE } from '../../../shared/clinical/crisis-numbers';
import { useRecords } from '../../db/useRecords';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { isPlanEmpty, PlanReadOnly, SCREEN_ORDER } from './PlanReadOnly';
import styles from './safety-screen.module.css';

/**
 * The one calm screen every safety source opens: the person's own contacts and
 * coping steps first, one sentence that promises nothing, crisis lines and
 * emergency numbers named once and apart, then the privacy facts. No advice.
 */
export function SafetyScreen({ open, onClose }: { open: boolean; onClose: () => void }) {
  return open ? <SafetyDialog onClose={onClose} /> : null;
}

function SafetyDialog({ onClose }: { onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const plan = useRecords('safety.plan')[0] ?? null;
  const navigate = useNavigate();
  const hasPlan = !isPlanEmpty(plan);

  // Focus starts on the title, so a screen reader reads the screen from its top and no button is pressed by
  // a stray Enter. It runs before the kit Dialog's own effect, which then finds focus inside and leaves it.
  useEffect(() => heading.current?.focus(), []);

  const goToPlan = (edit: boolean) => {
    onClose();
    void navigate(edit ? '/safety-plan?edit=1' : '/safety-plan');
  };

  return (
    <Dialog labelledBy="safety-title" onClose={onClose} className={styles.safetyScreen}>
      <h2 id="safety-title" tabIndex={-1} ref={heading}>
        Your safety plan
      </h2>
      <p className={styles.safetyHope}>{HOPE_SENTENCE}</p>
      {hasPlan && plan ? (
        <PlanReadOnly plan={plan} order={SCREEN_ORDER} headingLevel={3} />
      ) : (
        <p className="safety-no-plan">
          You have not written a safety plan yet.{' '}
          <Button className="link" onPress={() => goToPlan(true)}>
            Write my safety plan
          </Button>
        </p>
      )}
      <section className={styles.safetyNumbers} aria-labelledby="safety-numbers-title">
        <h3 id="safety-numbers-title">Numbers you can call</h3>
        <p>
          <strong>Crisis lines:</strong> {crisisLinesText()}.
        </p>
        <p>
          <strong>Emergency numbers:</strong> {emergencyNumbersText()}.
        </p>
      </section>
      <p className={styles.safetyPrivacy}>
        Cairn is private: nobody monitors it, so it cannot send help or call anyone for you. PHQ-9 item-9 answers,
        diary-card urges of 4 or more and presses of “I’m struggling” print, with their dates, on your appointment summaries.
      </p>
      <div className="actions">
        {hasPlan ? <Button onPress={() => goToPlan(false)}>Open my whole safety plan</Button> : null}
        <Button onPress={onClose}>Back to Cairn</Button>
      </div>
    </Dialog>
  );
}
