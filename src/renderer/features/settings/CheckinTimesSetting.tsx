import { useState } from 'react';
import { Checkbox } from '../../ui/Checkbox';
import { FormMessage } from '../../ui/FormMessage';
import { useSettings } from './useSettings';

/** Settings → Measures: one check-in a day (the default) or a morning and an evening one. */
export function CheckinTimesSetting() {
  const [settings, update] = useSettings();
  const [error, setError] = useState('');
  // Shows the choice at once while it is being sealed; the stored value after.
  const [choice, setChoice] = useState<boolean | null>(null);
  const change = (checkinTwiceADay: boolean) => {
    setChoice(checkinTwiceADay);
    setError('');
    void update({ checkinTwiceADay })
      .catch((x: Error) => setError(x.message))
      .finally(() => setChoice(null));
  };
  return (
    <section aria-labelledby="checkin-times-title">
      <h3 id="checkin-times-title">How often you check in</h3>
      <Checkbox
        name="checkinTwiceADay"
        isSelected={choice ?? settings.checkinTwiceADay === true}
        onChange={change}
        description="A morning and an evening check-in. Charts and the summary use the average of the day."
      >
        Check in twice a day
      </Checkbox>
      <FormMessage>{error}</FormMessage>
    </section>
  );
}
