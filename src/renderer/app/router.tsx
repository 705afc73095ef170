import { createHashRouter, type RouteObject } from 'react-router';
import { HomePage } from '../features/home/HomePage';
import { JournalPage } from '../features/journal/JournalPage';
import { ComingSoon } from '../features/placeholder/ComingSoon';
import { SettingsPage } from '../features/settings/SettingsPage';
import { sections } from './sections';
import { Shell } from './Shell';

const built: Record<string, () => React.ReactNode> = {
  '/journal': () => <JournalPage />,
  '/settings': () => <SettingsPage />,
};

const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      ...sections.map((s) => ({ path: s.path, element: built[s.path]?.() ?? <ComingSoon path={s.path} /> })),
      { path: '*', element: <HomePage /> },
    ],
  },
];

// Hash routing: the same build works from app://cairn and from the test harness.
export const router = createHashRouter(routes);
