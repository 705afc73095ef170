import { Button, Dialog, DialogTrigger, Modal, ModalOverlay } from 'react-aria-components';
import { ImportFlow } from './ImportFlow';
import styles from './import.module.css';

/** The way in, placed in Settings under "Your data". */
export function ImportEntry() {
  return (
    <section aria-labelledby="import-title">
      <h3 id="import-title">Bring your history from another app</h3>
      <p className="muted">Daylio, Bearable and eMoods exports and other CSV files become check-ins and journal entries, marked as imported.</p>
      <DialogTrigger>
        <Button>Import from another app or a CSV file…</Button>
        <ModalOverlay className={styles.overlay} isDismissable={false}>
          <Modal className={styles.modal} data-dialog="import">
            <Dialog className={styles.dialog}>{({ close }) => <ImportFlow onClose={close} />}</Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
    </section>
  );
}
