import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button, Calendar, CalendarCell, CalendarGrid, CalendarGridBody, CalendarGridHeader, CalendarHeaderCell, Heading } from 'react-aria-components';

/**
 * The month a DateField's button opens (inside its popover, which hands it the
 * day, min/max and the picking): react-aria's Calendar, so the arrows move by
 * day and week, Page Up/Down by month, Enter picks, and days out of range are
 * shown but cannot be picked.
 */
export function DayCalendar() {
  return (
    <Calendar className="ui-calendar">
      <header className="ui-calendar-header">
        <Button slot="previous" className="ui-calendar-step">
          <ChevronLeft aria-hidden size={18} strokeWidth={2} />
        </Button>
        <Heading className="ui-calendar-heading" />
        <Button slot="next" className="ui-calendar-step">
          <ChevronRight aria-hidden size={18} strokeWidth={2} />
        </Button>
      </header>
      <CalendarGrid className="ui-calendar-grid">
        <CalendarGridHeader>{(weekday) => <CalendarHeaderCell className="ui-calendar-weekday">{weekday}</CalendarHeaderCell>}</CalendarGridHeader>
        <CalendarGridBody>{(date) => <CalendarCell date={date} className="ui-calendar-day" />}</CalendarGridBody>
      </CalendarGrid>
    </Calendar>
  );
}
