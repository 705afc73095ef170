import { COUNTABLE_UNITS, type DoseLog, type Medication } from '../../../shared/domain/medication';
import type { LocalNow } from '../../../shared/medication/doses';
import { supplyEstimate } from '../../../shared/medication/supply';
import styles from './medications.module.css';

const round = (n: number) => String(Math.round(n * 10) / 10);

const FORM_PIECES: Partial<Record<Medication['form'], string>> = { tablet: 'tablets', capsule: 'capsules', patch: 'patches', inhaler: 'puffs', drops: 'drops' };

/** What the supply count counts: the unit itself when countable, else the form's pieces. */
export const pieceWord = (med: Pick<Medication, 'unit' | 'form'>): string =>
  COUNTABLE_UNITS.includes(med.unit) ? med.unit : (FORM_PIECES[med.form] ?? 'pieces');

/**
 * "About 12 days left": an estimate from the last count less the doses logged
 * as taken since. Doses with no answer are never assumed taken; they are named
 * apart with what they would use, the same count adherence shows.
 */
export function SupplyLine({ med, logs, now }: { med: Medication; logs: readonly DoseLog[]; now: LocalNow }) {
  const estimate = supplyEstimate(med, logs, now);
  if (!estimate) return null;
  const word = pieceWord(med);
  const pieces = `about ${round(estimate.left)} ${word}`;
  const unlogged =
    estimate.notLogged > 0
      ? ` ${estimate.notLogged} ${estimate.notLogged === 1 ? 'dose' : 'doses'} since the refill ${estimate.notLogged === 1 ? 'is' : 'are'} not logged; if taken, about ${round(Math.max(0, estimate.left - estimate.notLoggedPieces))} ${word} are left.`
      : '';
  if (estimate.daysLeft === null) return <p className={styles.supply}>Supply: {pieces} (no fixed daily amount to count days from).{unlogged}</p>;
  return (
    <p className={styles.supply}>
      Supply: about {estimate.daysLeft} {estimate.daysLeft === 1 ? 'day' : 'days'} left ({pieces}; runs out around{' '}
      {estimate.runsOutOn}).{unlogged}
    </p>
  );
}
