import { fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/*
 * Unit tests type into the kit's DateField and TimeField (react-aria segments)
 * as a person does: each segment by its type, whatever the locale's order.
 * Find the field with getByRole('group', { name: label }).
 */

const partsOf = (value: string): [type: string, text: string][] => {
  const time = /^(\d{2}):(\d{2})$/.exec(value);
  if (time) return [['hour', time[1]!], ['minute', time[2]!]];
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!day) throw new Error(`typeWhen takes yyyy-MM-dd or HH:mm, not "${value}"`);
  return [['day', day[3]!], ['month', day[2]!], ['year', day[1]!]];
};

const segmentOf = (field: HTMLElement, type: string): HTMLElement => {
  const segment = field.querySelector<HTMLElement>(`[role="spinbutton"][data-type="${type}"]`);
  if (!segment) throw new Error(`no ${type} segment in this field`);
  return segment;
};

/** Types a day (yyyy-MM-dd) or a time (HH:mm, a 24-hour locale) into the field, segment by segment. */
export async function typeWhen(field: HTMLElement, value: string): Promise<void> {
  const user = userEvent.setup();
  for (const [type, text] of partsOf(value)) {
    const segment = segmentOf(field, type);
    await user.click(segment);
    await user.keyboard(text);
  }
}

/**
 * Empties every segment with Backspace from the last one back, as a person
 * holding it does: the field gives nothing while part of it is left and ''
 * once it is empty (from the first segment, "20:00" would pass through "02:00").
 */
export function clearWhen(field: HTMLElement): void {
  for (const segment of [...field.querySelectorAll<HTMLElement>('[role="spinbutton"]')].reverse()) {
    segment.focus();
    for (let i = 0; i < 4; i++) fireEvent.keyDown(segment, { key: 'Backspace' });
  }
}
