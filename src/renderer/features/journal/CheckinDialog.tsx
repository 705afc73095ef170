import { Dialog } from '../../ui/Dialog';
import './checkin.css';
import { CheckinForm } from './CheckinForm';

interface Props {
  day: string;
  onSaved: (day: string) => void;
  onClose: () => void;
}

/** The check-in over the page: focus starts on Mood and stays inside; Escape closes it. */
export function CheckinDialog({ day, onSaved, onClose }: Props) {
  return (
    <Dialog labelledBy="checkin-title" onClose={onClose} size="wide">
      <CheckinForm key={day} day={day} onSaved={onSaved} onCancel={onClose} />
    </Dialog>
  );
}
