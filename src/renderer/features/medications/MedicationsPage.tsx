import { Link, useSearchParams } from 'react-router';
import { useRecords } from '../../db/useRecords';
import { PeriodAdherence, WeeklyAdherence } from './AdherenceViews';
import { useLocalNow } from '../../app/clock';
import { MedicationDetail } from './MedicationDetail';
import { MedicationForm } from './MedicationForm';
import { MedicationList } from './MedicationList';
import styles from './medications.module.css';
import { SideEffectForm } from './SideEffectForm';
import { SideEffectTimeline } from './SideEffectTimeline';
import { TodayPanel } from './TodayPanel';
import { useMedications } from './useMedicationData';
import { isView, VIEWS } from './views';

export function MedicationsPage() {
  const now = useLocalNow();
  const { all, current, archived } = useMedications(now.day);
  const logs = useRecords('med.dose');
  const [params, setParams] = useSearchParams();

  const tabParam = params.get('tab');
  const tab = isView(tabParam) ? tabParam : 'today';
  const selected = all.find((m) => m.id === params.get('med'));
  const adding = params.get('add') === '1';
  // Adding and a medication's own page belong under "Medications".
  const shownView = adding || selected ? 'list' : tab;
  const show = (next: Record<string, string>) => setParams(next);

  let body: React.ReactNode;
  if (adding) {
    body = <MedicationForm today={now.day} onDone={(id) => show(id ? { med: id } : { tab: 'list' })} />;
  } else if (selected) {
    body = (
      <MedicationDetail med={selected} meds={all} logs={logs} now={now} onDeleted={() => show({ tab: 'list' })} />
    );
  } else if (tab === 'today') {
    body = <TodayPanel meds={all} now={now} onAdd={() => show({ add: '1' })} />;
  } else if (tab === 'list') {
    body = <MedicationList current={current} archived={archived} logs={logs} now={now} onAdd={() => show({ add: '1' })} />;
  } else if (tab === 'effects') {
    body = (
      <>
        <SideEffectForm meds={all} today={now.day} />
        <SideEffectTimeline meds={all} today={now.day} />
      </>
    );
  } else {
    body = (
      <>
        <PeriodAdherence meds={all} logs={logs} now={now} />
        {current.map((med) => (
          <section key={med.id} aria-label={`${med.name} by week`}>
            <h2>{med.name}</h2>
            <WeeklyAdherence med={med} logs={logs} now={now} />
          </section>
        ))}
      </>
    );
  }

  return (
    <section aria-labelledby="page-title" className={`page ${styles.root}`}>
      <h1 id="page-title">Medications</h1>
      <p className={`muted ${styles.lead}`}>
        A record of what you and your prescriber decided, and what you took. Cairn never suggests a dose; talk to your
        prescriber about any change.
      </p>
      <nav aria-label="Medication views" className={`page-views ${styles.views}`}>
        {VIEWS.map((v) => (
          <Link key={v.id} to={`/medications?tab=${v.id}`} aria-current={shownView === v.id ? 'page' : undefined}>
            {v.label}
          </Link>
        ))}
      </nav>
      {body}
    </section>
  );
}
