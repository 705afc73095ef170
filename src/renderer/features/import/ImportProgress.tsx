import { ProgressBar } from 'react-aria-components';
import { formatNumber } from '../../../shared/time';
import type { ImportPhase } from './worker-messages';
import styles from './import.module.css';

const PHASES: Record<ImportPhase, (file: string) => string> = {
  reading: (file) => `Reading ${file}`,
  parsing: (file) => `Reading rows of ${file}`,
  mapping: (file) => `Mapping rows of ${file}`,
  checking: (file) => `Checking ${file} against your journal`,
};

/** Every slow step of an import says what it is doing and how far it has got. */
export function ImportProgress({ phase, fraction, fileName }: { phase: ImportPhase; fraction: number; fileName: string }) {
  return (
    <ProgressBar className={styles.progress} value={Math.round(fraction * 100)} aria-label={PHASES[phase](fileName)}>
      {({ percentage }) => (
        <>
          <span>
            {PHASES[phase](fileName)}… {formatNumber(Math.round(percentage ?? 0))}%
          </span>
          <div className={styles.bar}>
            <div className={styles.barFill} style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
