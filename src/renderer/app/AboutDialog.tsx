import { useEffect, useState } from 'react';
import licences from '../../shared/third-party-licences.json';
import { api } from './api';
import { ModalDialog } from './ModalDialog';
import styles from './help-dialogs.module.css';

/** Help → About Cairn: the version, where data lives, and the open-source packages inside with their licences. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const [info, setInfo] = useState<{ version: string; dataLocation: string } | null>(null);
  useEffect(() => {
    void api['app.info']({}).then((result) => result.ok && setInfo(result.value));
  }, []);
  return (
    <ModalDialog titleId="about-title" title="About Cairn" onClose={onClose}>
      <p>
        Version <strong>{info?.version ?? '…'}</strong>
      </p>
      <p className="muted">A private, encrypted journal. Nothing you write leaves this computer.</p>
      {info && (
        <p className="muted">
          Your data folder: <code>{info.dataLocation}</code>
        </p>
      )}
      <h3>Open-source packages</h3>
      <p className="muted">
        Cairn is built with these {licences.length} packages. Their full licence texts are in the file “third-party-licences.txt” installed with
        Cairn.
      </p>
      <ul className={styles.licenceList}>
        {licences.map((p) => (
          <li key={`${p.name}@${p.version}`}>
            <span>{p.name}</span> <span className="muted">{p.version}</span> <span className={styles.licenceName}>{p.licence}</span>
          </li>
        ))}
      </ul>
    </ModalDialog>
  );
}
