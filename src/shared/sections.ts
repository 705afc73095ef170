/**
 * The app's top-level places, in navigation order. The sidebar, the Go menu
 * and the keyboard-shortcuts dialog are all built from this one list.
 * Ctrl/Cmd + `key` jumps there.
 */
export interface Section {
  path: string;
  label: string;
  key: string;
}

export const sections: readonly Section[] = [
  { path: '/journal', label: 'Journal', key: '1' },
  { path: '/medications', label: 'Medications', key: '2' },
  { path: '/therapy', label: 'Therapy', key: '3' },
  { path: '/check-ins', label: 'Check-ins', key: '4' },
  { path: '/insights', label: 'Insights', key: '5' },
  { path: '/summary', label: 'Summary', key: '6' },
  { path: '/review', label: 'Weekly review', key: '7' },
  { path: '/toolbox', label: 'Coping toolbox', key: '8' },
  // Last, on the key desktop apps give their settings (Ctrl/Cmd+comma), so the numbers run in sidebar order.
  { path: '/settings', label: 'Settings', key: ',' },
];

export const SAFETY_PLAN_PATH = '/safety-plan';

export const sectionForKey = (key: string): Section | undefined => sections.find((s) => s.key === key);
