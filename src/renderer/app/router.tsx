import { lazy, Suspense } from 'react';
import { createHashRouter, type RouteObject } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { JournalPage } from '../features/journal/JournalPage';
import { ComingSoon } from '../features/placeholder/ComingSoon';
import { SafetyPlanPage } from '../features/safety-plan/SafetyPlanPage';
import { SettingsLayout } from '../features/settings/SettingsLayout';
import { sections } from './sections';
import { settingsPages } from './settings-pages';
import { todaySlots } from './today-slots';
import { Shell } from './Shell';

/**
 * Sections loaded on first visit, so chart.js and their code stay out of the
 * start-up bundle. Journal, Today, Settings and the safety plan load at once:
 * they are the screens that must never wait.
 */
function lazyPage(load: () => Promise<{ default: React.ComponentType }>, label: string) {
  const Page = lazy(load);
  return () => (
    <Suspense fallback={<p role="status">Loading {label}…</p>}>
      <Page />
    </Suspense>
  );
}

const built: Record<string, () => React.ReactNode> = {
  '/journal': () => <JournalPage />,
  '/medications': lazyPage(() => import('../features/medications/MedicationsPage').then((m) => ({ default: m.MedicationsPage })), 'medications'),
  '/check-ins': lazyPage(() => import('../features/checkins/CheckinsPage').then((m) => ({ default: m.CheckinsPage })), 'check-ins'),
  '/settings': () => <SettingsLayout pages={settingsPages} />,
  '/therapy': lazyPage(() => import('../features/therapy/TherapyPage').then((m) => ({ default: m.TherapyPage })), 'therapy'),
  '/insights': lazyPage(() => import('../features/insights/InsightsPage').then((m) => ({ default: m.InsightsPage })), 'insights'),
  '/summary': lazyPage(() => import('../features/summary/SummaryPage').then((m) => ({ default: m.SummaryPage })), 'the summary'),
  '/review': lazyPage(() => import('../features/review/ReviewPage').then((m) => ({ default: m.ReviewPage })), 'the weekly review'),
  '/toolbox': lazyPage(() => import('../features/toolbox/ToolboxPage').then((m) => ({ default: m.ToolboxPage })), 'the coping toolbox'),
};

const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <HomePage slots={todaySlots} /> },
      ...sections.map((s) => ({ path: s.path, element: built[s.path]?.() ?? <ComingSoon path={s.path} /> })),
      // Each Settings page has its own address (/settings/backups); /settings shows the first.
      { path: '/settings/:page', element: built['/settings']?.() },
      { path: '/safety-plan', element: <SafetyPlanPage /> },
      { path: '*', element: <HomePage slots={todaySlots} /> },
    ],
  },
];

// Hash routing: the same build works from app://cairn and from the test harness.
export const router = createHashRouter(routes);
