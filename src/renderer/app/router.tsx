import { createHashRouter, type RouteObject } from 'react-router';
import { CheckinsPage } from '../features/checkins/CheckinsPage';
import { HomePage } from '../features/home/HomePage';
import { JournalPage } from '../features/journal/JournalPage';
import { MedicationsPage } from '../features/medications/MedicationsPage';
import { ComingSoon } from '../features/placeholder/ComingSoon';
import { SafetyPlanPage } from '../features/safety-plan/SafetyPlanPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TherapyPage } from '../features/therapy/TherapyPage';
import { sections } from './sections';
import { Shell } from './Shell';

const built: Record<string, () => React.ReactNode> = {
  '/journal': () => <JournalPage />,
  '/medications': () => <MedicationsPage />,
  '/check-ins': () => <CheckinsPage />,
  '/settings': () => <SettingsPage />,
  '/therapy': () => <TherapyPage />,
};

const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      ...sections.map((s) => ({ path: s.path, element: built[s.path]?.() ?? <ComingSoon path={s.path} /> })),
      { path: '/safety-plan', element: <SafetyPlanPage /> },
      { path: '*', element: <HomePage /> },
    ],
  },
];

// Hash routing: the same build works from app://cairn and from the test harness.
export const router = createHashRouter(routes);
