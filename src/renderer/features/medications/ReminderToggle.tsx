import { useId, useState } from 'react';
import { useRecords } from '../../db/useRecords';
import { Checkbox } from '../../ui/Checkbox';
import { FormMessage } from '../../ui/FormMessage';
import { stamp } from './records';
import { useRecordActions } from '../../db/useRecordActions';
import { useRemindersOn } from './useReminderSync';
import { RefillWarningSetting } from './RefillWarningSetting';

/** Turns dose notifications on or off; the text never names a medication. */
export function ReminderToggle() {
  const id = useId();
  const on = useRemindersOn();
  const stored = useRecords('med.settings')[0];
  const { save, error } = useRecordActions();
  // Shows the choice at once while it is being sealed; falls back to the stored value after.
  const [choice, setChoice] = useState<boolean | null>(null);

  const toggle = async (reminders: boolean) => {
    setChoice(reminders);
    const now = stamp();
    // Keeps the other medication settings (the refill warning days) as they are.
    await save([{ ...stored, kind: 'med.settings', id: 'med.settings', createdAt: stored?.createdAt ?? now, updatedAt: now, reminders }]);
    setChoice(null);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="meds-reminders">
      <h2 id={`${id}-title`}>Reminders</h2>
      <Checkbox
        isSelected={choice ?? on}
        isDisabled={choice !== null}
        onChange={(selected) => void toggle(selected)}
        description="While Cairn is running, even when locked, a notification says only “Cairn: a reminder for 8:00”. Medication names are never shown. Clicking it opens today’s doses."
      >
        Desktop reminders at dose times
      </Checkbox>
      <FormMessage>{error}</FormMessage>
      <RefillWarningSetting />
    </section>
  );
}
