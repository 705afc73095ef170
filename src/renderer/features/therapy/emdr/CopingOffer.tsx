import { Link } from 'react-router';
import { focusOnShow } from '../focus-on-show';
import { useRecords } from '../../../db/useRecords';
import { Labelled } from '../fields';
import { Button } from '../../../ui/Button';
import styles from '../therapy.module.css';

/**
 * After a TICES entry with a SUD of 7 or more: the person's own "things I can
 * do on my own to cope", read from their stored safety plan (not from the
 * safety-plan feature, which this feature may not import).
 */
export function CopingOffer({ sud, onClose }: { sud: number; onClose: () => void }) {
  const plan = useRecords('safety.plan')[0];
  const coping = plan?.copingOnMyOwn.trim() ?? '';
  return (
    <section ref={focusOnShow} tabIndex={-1} className={styles.safetyNote} role="region" aria-label="Your own ways to cope">
      <h3>That was a SUD of {sud}</h3>
      {coping ? (
        <>
          <p>Here is what you wrote you can do on your own to cope:</p>
          <Labelled term="Things I can do on my own to cope" text={coping} />
        </>
      ) : (
        <p>Your safety plan has a place for the things you can do on your own to cope; it is empty so far.</p>
      )}
      <div className="actions">
        <Link to="/safety-plan" className={styles.linkButton}>
          Open my safety plan
        </Link>
        <Button onPress={onClose}>
          Close
        </Button>
      </div>
    </section>
  );
}
