import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { customRangeForm, PERIOD_CHOICES, type DayRange, type PeriodChoice } from '../../../shared/insights/period';
import { Button } from '../../ui/Button';
import { DateField } from '../../ui/DateField';
import { PrivateForm } from '../../ui/PrivateForm';
import { Select } from '../../ui/Select';
import styles from './insights.module.css';

interface Props {
  choice: PeriodChoice;
  custom: DayRange;
  onChoice: (choice: PeriodChoice) => void;
  onCustom: (range: DayRange) => void;
}

type CustomValues = z.input<typeof customRangeForm>;

/** Preset periods, or typed from/to dates that are checked before they apply; a message sits by the date it is about. */
export function PeriodPicker({ choice, custom, onChoice, onCustom }: Props) {
  const { control, handleSubmit } = useForm<CustomValues, unknown, z.output<typeof customRangeForm>>({
    resolver: zodResolver(customRangeForm),
    defaultValues: custom,
  });
  const apply = handleSubmit((range) => onCustom(range));

  return (
    <div className={styles.period}>
      <Select
        label="Period"
        choices={PERIOD_CHOICES.map((c) => ({ id: c.value, label: c.label }))}
        value={choice}
        onChange={(id) => onChoice(PERIOD_CHOICES.find((c) => c.value === id)?.value ?? '4w')}
      />
      {choice === 'custom' && (
        <PrivateForm className={styles.custom} aria-label="Custom period" onSubmit={(e) => void apply(e)}>
          {(['from', 'to'] as const).map((name) => (
            <Controller
              key={name}
              control={control}
              name={name}
              render={({ field, fieldState }) => (
                <DateField
                  label={name === 'from' ? 'From' : 'To'}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  errorMessage={fieldState.error?.message}
                />
              )}
            />
          ))}
          <Button type="submit">Show period</Button>
        </PrivateForm>
      )}
    </div>
  );
}
