import { useSearchParams } from 'react-router';
import { AppointmentsPanel } from './appointments/AppointmentsPanel';
import { GoalsPanel } from './goals/GoalsPanel';
import { HomeworkPanel } from './homework/HomeworkPanel';
import { ProvidersPanel } from './providers/ProvidersPanel';
import { SessionsPanel } from './sessions/SessionsPanel';
import { Tabs } from './Tabs';
import styles from './therapy.module.css';

const SECTIONS = [
  { id: 'sessions', label: 'Sessions', render: () => <SessionsPanel /> },
  { id: 'goals', label: 'Goals', render: () => <GoalsPanel /> },
  { id: 'homework', label: 'Homework', render: () => <HomeworkPanel /> },
  { id: 'appointments', label: 'Appointments', render: () => <AppointmentsPanel /> },
  { id: 'providers', label: 'Providers', render: () => <ProvidersPanel /> },
] as const;

/** The tab lives in the URL (?tab=goals) so links from elsewhere, such as the home screen, open the right one. */
export function TherapyPage() {
  const [params, setParams] = useSearchParams();
  const selected = SECTIONS.find((s) => s.id === params.get('tab')) ?? SECTIONS[0];
  const select = (id: string) => setParams({ tab: id }, { replace: true });

  return (
    <section aria-labelledby="page-title" className={`page ${styles.therapy}`}>
      <h1 id="page-title">Therapy</h1>
      <Tabs label="Therapy" tabs={SECTIONS} selected={selected.id} onSelect={select}>
        <h2 className="visually-hidden">{selected.label}</h2>
        {selected.render()}
      </Tabs>
    </section>
  );
}
