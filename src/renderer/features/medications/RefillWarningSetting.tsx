import { useState } from 'react';
import { FieldError, Group, Input, Label, NumberField, Text } from 'react-aria-components';
import { DEFAULT_REFILL_WARNING_DAYS } from '../../../shared/domain/medication';
import { useRecords } from '../../db/useRecords';
import { stamp } from './records';
import { useRecordActions } from '../../db/useRecordActions';
import { FormMessage } from '../../ui/FormMessage';
import styles from './medications.module.css';

/** How many days before a supply runs out Today warns; kept in the vault's medication settings. */
export function RefillWarningSetting() {
  const stored = useRecords('med.settings')[0];
  const { save, error } = useRecordActions();
  // Shows the typed number at once while it is being sealed; falls back to the stored value after.
  const [typed, setTyped] = useState<number | null>(null);
  const value = typed ?? stored?.refillWarningDays ?? DEFAULT_REFILL_WARNING_DAYS;

  const change = async (days: number) => {
    if (!Number.isInteger(days) || days < 1 || days > 60) return;
    setTyped(days);
    const now = stamp();
    await save([{ reminders: true, ...stored, kind: 'med.settings', id: 'med.settings', createdAt: stored?.createdAt ?? now, updatedAt: now, refillWarningDays: days }]);
    setTyped(null);
  };

  return (
    <NumberField className={styles.racField} value={value} onChange={(days) => void change(days)} minValue={1} maxValue={60} step={1} formatOptions={{ maximumFractionDigits: 0 }}>
      <Label>Warn on Today this many days before a supply runs out</Label>
      <Group>
        <Input className={styles.amount} />
      </Group>
      <Text slot="description" className={`muted ${styles.hint}`}>
        From 1 to 60 days. Today also warns when a supply runs out before your next appointment.
      </Text>
      <FieldError className="error" />
      <FormMessage>{error}</FormMessage>
    </NumberField>
  );
}
