import { useSearchParams } from 'react-router';
import { EmdrPanel } from '../emdr/EmdrPanel';
import { Tabs } from '../Tabs';
import { DiaryCards } from './DiaryCards';
import { ExposureLadder } from './ExposureLadder';
import { ExposureLog } from './ExposureLog';
import { PracticeLog } from './PracticeLog';
import { ThoughtRecords } from './ThoughtRecords';

const FORMS = [
  { id: 'thought', label: 'Thought records (CBT)', render: () => <ThoughtRecords /> },
  { id: 'diary', label: 'Diary card (DBT)', render: () => <DiaryCards /> },
  {
    id: 'exposure',
    label: 'Exposure ladder (ERP)',
    render: () => (
      <>
        <ExposureLadder />
        <ExposureLog />
      </>
    ),
  },
  { id: 'emdr', label: 'Between sessions (EMDR)', render: () => <EmdrPanel /> },
  { id: 'practice', label: 'Practice log', render: () => <PracticeLog /> },
] as const;

export function HomeworkPanel() {
  const [params, setParams] = useSearchParams();
  const selected = FORMS.find((f) => f.id === params.get('form')) ?? FORMS[0];
  const select = (id: string) =>
    setParams(
      (p) => {
        p.set('form', id);
        return p;
      },
      { replace: true },
    );

  return (
    <Tabs label="Homework forms" tabs={FORMS} selected={selected.id} onSelect={select}>
      {selected.render()}
    </Tabs>
  );
}
