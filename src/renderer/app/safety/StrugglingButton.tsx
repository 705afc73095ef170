import { LifeBuoy } from 'lucide-react';
import { localDay, localTime } from '../../../shared/local-date';
import { useVault } from '../../db/vault-context';
import { Button } from '../../ui/Button';
import { useSafetyPath } from './useSafetyPath';
import { newId } from '../../db/record-stamp';
import styles from './safety-screen.module.css';

/**
 * Always in the sidebar: opens the same safety screen as every other source,
 * and notes the press (day and time only) so the summary's dated flag shows it
 * beside item 9 and diary-card urges (CLINICAL.md, "One safety path"). The
 * screen opens first: a failed save never stands between the person and it.
 */
export function StrugglingButton() {
  const { open } = useSafetyPath();
  const { repository } = useVault();
  const press = () => {
    open('struggling-button');
    const now = new Date();
    const stamp = now.toISOString();
    void repository
      .save([{ kind: 'safety.reachOut', id: newId(), createdAt: stamp, updatedAt: stamp, date: localDay(now), time: localTime(now) }])
      .catch(() => {});
  };
  return (
    <Button className={styles.strugglingButton} onPress={press}>
      <LifeBuoy aria-hidden="true" size={16} strokeWidth={2} />
      <span>I’m struggling</span>
    </Button>
  );
}
