import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { MedicationSettings } from '../../../shared/domain/medication';
import { api } from '../../app/api';
import { stampNow } from '../../db/record-stamp';
import { useRecords } from '../../db/useRecords';
import { useVault } from '../../db/vault-context';
import { Checkbox } from '../../ui/Checkbox';
import { TimeField } from '../../ui/DateField';
import { FormMessage } from '../../ui/FormMessage';
import { PrivateForm } from '../../ui/PrivateForm';
import { reminderForm, storedTime, TIMED, toForm, type Choices, type ReminderFormValues, type TimedKey } from './reminder-form';
import styles from './reminders.module.css';

/**
 * Settings → Reminders (issue 19 point 5): every kind opt-in but doses (on as
 * before), kept in the vault's medication settings. Self-contained so it can
 * sit on any settings page. Each change is saved as it is made; a time that is
 * not a time is said on its field and not saved.
 */
export function RemindersSettings() {
  const id = useId();
  const stored = useRecords('med.settings')[0] as MedicationSettings | undefined;
  const { repository } = useVault();
  const [error, setError] = useState('');
  const { control, trigger, getValues } = useForm<ReminderFormValues>({
    resolver: zodResolver(reminderForm),
    // The stored record fills the form, again after every save; a field being typed in keeps what is typed,
    // and its message (another reminder's save must not hide that this time was not saved).
    values: toForm(stored),
    resetOptions: { keepDirtyValues: true, keepErrors: true },
  });
  const on = useWatch({ control, name: TIMED.map(({ key }) => `${key}.on` as const) });
  // Saves run one after another, each on the latest stored settings: two quick clicks used to
  // both start from the record of the last render, and the second save undid the first.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const save = (next: Choices) => {
    queue.current = queue.current.then(async () => {
      const latest = repository.store.get('med.settings') as MedicationSettings | undefined;
      const now = stampNow();
      try {
        await repository.save([{ reminders: true, ...latest, ...next, kind: 'med.settings', id: 'med.settings', createdAt: latest?.createdAt ?? now, updatedAt: now }]);
        setError('');
      } catch (e) {
        setError((e as Error).message);
      }
    });
  };

  /** Saves one timed reminder once the form's schema accepts it. */
  const saveTimed = async (key: TimedKey) => {
    if (await trigger(key)) save({ [key]: storedTime(getValues(key)) });
  };

  return (
    <section aria-labelledby={`${id}-title`} className={styles.settings} data-settings="reminders">
      {/* The page's h2 and the dose-time switch come first, from the medications feature (ReminderToggle). */}
      <h3 id={`${id}-title`}>Other reminders</h3>
      <p className="muted" id={`${id}-privacy`}>
        A reminder says only “Cairn: a reminder for 8:00”, never a medication, condition or therapy. Clicking it opens the
        right place. Reminders need Cairn running: open (locked is fine) or in the background, as set below.
      </p>
      <PrivateForm aria-label="Other reminders" onSubmit={(e) => e.preventDefault()}>
        {TIMED.map(({ key, label }, i) => (
          <div key={key} className={styles.row}>
            <Controller
              control={control}
              name={`${key}.on`}
              render={({ field }) => (
                <Checkbox
                  isSelected={field.value}
                  onChange={(on) => {
                    field.onChange(on);
                    void saveTimed(key);
                  }}
                >
                  {label}
                </Checkbox>
              )}
            />
            {on[i] && (
              <span className={styles.time}>
                <span aria-hidden="true">at</span>
                <Controller
                  control={control}
                  name={`${key}.time`}
                  render={({ field, fieldState }) => (
                    <TimeField
                      aria-label={`${label}: time`}
                      value={field.value}
                      onChange={(value) => {
                        field.onChange(value);
                        void saveTimed(key);
                      }}
                      onBlur={field.onBlur}
                      errorMessage={fieldState.error?.message}
                    />
                  )}
                />
              </span>
            )}
          </div>
        ))}
        <Controller
          control={control}
          name="appointmentReminders"
          render={({ field }) => (
            <Checkbox
              isSelected={field.value}
              onChange={(on) => {
                field.onChange(on);
                save({ appointmentReminders: on });
              }}
            >
              Appointments, the day before and an hour before
            </Checkbox>
          )}
        />
      </PrivateForm>
      <FormMessage>{error}</FormMessage>
      <KeepRunning />
    </section>
  );
}

/** Kept by main (it must be known at the lock screen too), so it is read and set over IPC. */
function KeepRunning() {
  const [keepRunning, setKeepRunning] = useState<boolean | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void api['app.background']({}).then((r) => (r.ok ? setKeepRunning(r.value.keepRunning) : setError(r.error.message)));
  }, []);
  const change = async (next: boolean) => {
    const r = await api['app.background']({ keepRunning: next });
    if (r.ok) setKeepRunning(r.value.keepRunning);
    else setError(r.error.message);
  };
  return (
    <>
      <Checkbox
        isSelected={keepRunning ?? false}
        isDisabled={keepRunning === null}
        onChange={(next) => void change(next)}
        description="Closing the window then locks your journal and leaves a Cairn icon in the tray (the menu bar on a Mac) to open it again or quit. Without this, reminders stop when you close Cairn."
      >
        Keep running in the background when the window is closed
      </Checkbox>
      <FormMessage>{error}</FormMessage>
    </>
  );
}
