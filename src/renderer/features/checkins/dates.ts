import { subMonths } from 'date-fns';
import type { Period } from '../../../shared/clinical/outcomes';
import { localDay } from '../../../shared/local-date';
import { localDate } from '../../../shared/codec/date';

export const PERIOD_CHOICES = [
  { value: '3', label: 'Last 3 months' },
  { value: '6', label: 'Last 6 months' },
  { value: '12', label: 'Last 12 months' },
  { value: 'all', label: 'All time' },
] as const;

export type PeriodChoice = (typeof PERIOD_CHOICES)[number]['value'];

export function periodFor(choice: PeriodChoice, today: string): Period {
  if (choice === 'all') return { from: null, to: null };
  return { from: localDay(subMonths(localDate(today, '12:00'), Number(choice))), to: null };
}
