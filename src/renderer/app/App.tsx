import { createHashRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ComingSoon } from '../features/placeholder/ComingSoon';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { sections } from './sections';
import { Shell } from './Shell';

const routes: RouteObject[] = [
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <WelcomeScreen /> },
      ...sections.map((s) => ({ path: s.path, element: <ComingSoon path={s.path} /> })),
      { path: '*', element: <WelcomeScreen /> },
    ],
  },
];

// Hash routing: the same build works from app://cairn and from the test harness.
const router = createHashRouter(routes);

export function App() {
  return <RouterProvider router={router} />;
}
