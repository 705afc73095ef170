import { Dialog } from '../../ui/Dialog';
import { checkinTarget } from './checkin-fields';
import { CheckinForm } from './CheckinForm';

interface Props {
  /** A day, or a day and its part ("2026-12-06-evening"): see checkinTarget. */
  day: string;
  onSaved: (day: string) => void;
  onClose: () => void;
}

/** The check-in over the page: focus starts on Mood and stays inside; Escape closes it. */
export function CheckinDialog({ day, onSaved, onClose }: Props) {
  return (
    <Dialog labelledBy="checkin-title" onClose={onClose} size="wide">
      <CheckinForm key={day} {...checkinTarget(day)} onSaved={onSaved} onCancel={onClose} />
    </Dialog>
  );
}
