import { useState } from 'react';
import { Link } from 'react-router';
import type { DoseLog, Medication } from '../../../shared/domain/medication';
import type { LocalNow } from '../../../shared/medication/doses';
import { formatDay } from '../../../shared/clinical/summary';
import { describeDose } from '../../../shared/medication/describe';
import { regimenOn, statusOn, takingSince, trackedFrom } from '../../../shared/medication/regimen';
import { useRecordActions } from '../../db/useRecordActions';
import { Button } from '../../ui/Button';
import { FormMessage } from '../../ui/FormMessage';
import { AdherenceCalendar } from './AdherenceCalendar';
import { WeeklyAdherence } from './AdherenceViews';
import { HaltForm } from './HaltForm';
import { MedicationForm } from './MedicationForm';
import { PlanConfirmations } from './PlanConfirmations';
import { PlanEditor } from './PlanEditor';
import { RegimenTimeline } from './RegimenTimeline';
import { SideEffectForm } from './SideEffectForm';
import { SideEffectTimeline } from './SideEffectTimeline';
import { DoseSymptomChart } from './DoseSymptomChart';
import { StepForm } from './StepForm';
import { SupplyForm } from './SupplyForm';
import { SupplyLine } from './SupplyLine';
import styles from './medications.module.css';

type Open = 'change' | 'pause' | 'stop' | 'restart' | 'edit' | 'supply' | null;

interface Props {
  med: Medication;
  meds: readonly Medication[];
  logs: readonly DoseLog[];
  now: LocalNow;
  onDeleted: () => void;
}

const STATUS_TEXT = { planned: 'Not started yet', active: 'Current', paused: 'Paused', stopped: 'Stopped (archived)' };

export function MedicationDetail({ med, meds, logs, now, onDeleted }: Props) {
  // Undo shows in the shell's toast, so it outlives this view after a delete.
  const { remove: removeRecords, replace: replaceRecord, error } = useRecordActions();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const status = statusOn(med, now.day);
  const since = takingSince(med, now.day);
  const regimen = regimenOn(med, now.day);
  const tracking = trackedFrom(med);

  const replace = (next: Medication, message: string) => void replaceRecord<'med.medication'>(med.id, () => next, message);

  const remove = async () => {
    const ids = [med.id, ...logs.filter((l) => l.medicationId === med.id).map((l) => l.id)];
    if (await removeRecords(ids, `${med.name} deleted.`)) onDeleted();
  };

  return (
    <article aria-labelledby="meds-detail-title" className={styles.detail}>
      <Link to="/medications?tab=list" className={styles.back}>
        ← All medications
      </Link>
      <h2 id="meds-detail-title">{med.name}</h2>
      <p className={styles.headerLine}>
        <span className={styles.status}>{STATUS_TEXT[status]}</span>
        {since && (status === 'active' || status === 'paused') && <span> · taking since {formatDay(since)}</span>}
        {regimen && (
          <span>
            {' '}
            · {describeDose(regimen.amount, med, regimen.schedule)} since {formatDay(regimen.date)}
          </span>
        )}
      </p>
      <PlanConfirmations meds={[med]} today={now.day} />
      <dl className={styles.facts}>
        <dt>Class</dt>
        <dd>{med.class}</dd>
        <dt>Form</dt>
        <dd>
          {med.form}, doses in {med.unit}
          {med.pieceStrength && ` of ${med.pieceStrength.amount} ${med.pieceStrength.unit}`}
        </dd>
        {tracking && (
          <>
            <dt>Tracking doses since</dt>
            <dd>{formatDay(tracking)}</dd>
          </>
        )}
        {med.prescriber && (
          <>
            <dt>Prescriber</dt>
            <dd>{med.prescriber}</dd>
          </>
        )}
        {med.reason && (
          <>
            <dt>For</dt>
            <dd>{med.reason}</dd>
          </>
        )}
      </dl>
      <SupplyLine med={med} logs={logs} now={now} />
      <DoseSymptomChart med={med} today={now.day} />

      <div className="actions" role="group" aria-label="Actions">
        {(status === 'active' || status === 'planned') && (
          <Button onPress={() => setOpen('change')}>
            Change dose
          </Button>
        )}
        {status === 'active' && (
          <Button onPress={() => setOpen('pause')}>
            Pause
          </Button>
        )}
        {(status === 'paused' || status === 'stopped') && (
          <Button onPress={() => setOpen('restart')}>
            {status === 'paused' ? 'Restart' : 'Start again'}
          </Button>
        )}
        {status !== 'stopped' && (
          <Button onPress={() => setOpen('stop')}>
            Stop
          </Button>
        )}
        <Button onPress={() => setOpen('supply')}>
          {med.supply ? 'Update supply' : 'Track supply'}
        </Button>
        <Button onPress={() => setOpen('edit')}>
          Edit details
        </Button>
        <Button onPress={() => void remove()}>
          Delete
        </Button>
      </div>
      <FormMessage>{error}</FormMessage>

      {(open === 'change' || open === 'restart') && <StepForm med={med} today={now.day} mode={open} onDone={close} />}
      {(open === 'pause' || open === 'stop') && <HaltForm med={med} today={now.day} type={open} onDone={close} />}
      {open === 'supply' && <SupplyForm med={med} today={now.day} onDone={close} />}
      {open === 'edit' && <MedicationForm existing={med} today={now.day} onDone={close} />}

      <RegimenTimeline med={med} today={now.day} />
      {status !== 'stopped' && <PlanEditor med={med} today={now.day} onReplace={replace} />}

      <section aria-labelledby="meds-weekly-title">
        <h2 id="meds-weekly-title">Adherence</h2>
        <AdherenceCalendar med={med} logs={logs} now={now} />
        <WeeklyAdherence med={med} logs={logs} now={now} />
      </section>

      <SideEffectTimeline meds={meds} today={now.day} medicationId={med.id} />
      <SideEffectForm meds={meds} today={now.day} medicationId={med.id} />
    </article>
  );
}
